namespace Archive.Core.Normalization.Text;

/// <summary>
/// Finds where the body begins and reads the header above it: the headline (the longest title-shaped line
/// just above the text), the standfirst (sentences between headline and byline), byline, dateline and
/// captions. Header lines that are none of those are dropped.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>How far above the text a headline may sit.</summary>
    private const int Reach = 14;

    /// <summary>Classifies the header and returns the index of the first body line.</summary>
    public static int Read(CaptureLines c, int regionStart, int regionEnd)
    {
        var first = FirstProse(c, regionStart, regionEnd);
        var bodyStart = AfterByline(c, first, regionEnd);
        var zoneStart = Math.Max(0, Math.Min(regionStart, first) - Reach);

        // Backwards from the body, above the byline block when there is one: the longest title-shaped line.
        var title = -1;
        var candidates = 0;
        var bestWeight = 0.0;
        var above = bodyStart - 1;
        for (var i = bodyStart - 1; i >= zoneStart; i--)
        {
            if (c.IsByline(i))
            {
                above = i - 1;
                while (above >= zoneStart && (c.IsByline(above) || c.IsDateline(above)))
                {
                    above--;
                }

                break;
            }
        }

        for (var i = above; i >= zoneStart && candidates < 4; i--)
        {
            if (IsTitleShaped(c, i))
            {
                // Longer is likelier, nearer the text too.
                var weight = c.Features[i].EffectiveWords / (1 + (0.5 * candidates));
                if (weight > bestWeight)
                {
                    title = i;
                    bestWeight = weight;
                }

                candidates++;
            }
        }

        if (title < 0)
        {
            for (var i = 0; i < bodyStart; i++)
            {
                if (IsTitleShaped(c, i))
                {
                    title = i;
                    break;
                }
            }
        }

        for (var i = 0; i < bodyStart; i++)
        {
            ref readonly var f = ref c.Features[i];
            if (i == title)
            {
                c.Roles[i] = LineRole.Title;
            }
            else if (c.Markers[i] is { } marker)
            {
                c.Drop(i, marker);
            }
            else if (i < zoneStart)
            {
                c.Drop(i, ProseScorer.IsGluedPromo(f) ? TextDropReasons.PromoRail : BoilerplateMarkers.Navigation);
            }
            else if (c.IsByline(i))
            {
                c.Roles[i] = LineRole.Byline;
            }
            else if (c.IsDateline(i))
            {
                c.Roles[i] = LineRole.Dateline;
            }
            else if (c.IsCaption(i))
            {
                c.Roles[i] = LineRole.Caption;
            }
            else if (i > title && f.EffectiveWords >= 8 && f.EndsTerminal && f.GluedJoins == 0)
            {
                c.Roles[i] = LineRole.Standfirst;
            }
            else
            {
                c.Drop(i, i < title ? BoilerplateMarkers.Navigation : TextDropReasons.Header);
            }
        }

        return bodyStart;
    }

    private static int FirstProse(CaptureLines c, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (c.Markers[i] is null && ProseScorer.IsProse(c.Features[i]) && !c.IsCaption(i))
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>
    /// When one or two sentences right at the top are followed by a byline or date line, those
    /// sentences are the standfirst and the body starts after the byline block.
    /// </summary>
    private static int AfterByline(CaptureLines c, int first, int end)
    {
        for (var k = first + 1; k <= Math.Min(end, first + 3); k++)
        {
            if (c.IsByline(k) || c.IsDateline(k))
            {
                var j = k;
                while (j <= end && (c.IsByline(j) || c.IsDateline(j) || c.Markers[j] is not null || c.Features[j].EffectiveWords <= 1))
                {
                    j++;
                }

                return j <= end ? j : first;
            }

            if (c.Features[k].EffectiveWords > 60 || !c.Features[k].EndsTerminal)
            {
                break;
            }
        }

        return first;
    }

    private static bool IsTitleShaped(CaptureLines c, int i)
    {
        ref readonly var f = ref c.Features[i];
        if (c.Markers[i] is not null || f.GluedJoins > 0 || f.EffectiveWords is < 2 or > 40 || f.HasUrl)
        {
            return false;
        }

        if (f.UpperCaseWords == f.Words && f.Words <= 5)
        {
            return false; // a section kicker such as "TECH  PERSONAL TECHNOLOGY: REVIEW"
        }

        var span = c.Span(i);
        var last = span[^1];
        if (last is '.' or ':' or ';' or ',' && !span.EndsWith("..."))
        {
            return false;
        }

        return !c.IsByline(i) && !c.IsDateline(i) && !c.IsCaption(i);
    }
}
