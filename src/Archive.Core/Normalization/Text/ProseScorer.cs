namespace Archive.Core.Normalization.Text;

/// <summary>
/// How much a line looks like article prose: positive for sentences dense in function words that end
/// in terminal punctuation, negative for short lines, headline lists, glued promo rails and marker lines.
/// The densest run of prose is the maximum-sum run of these scores.
/// </summary>
internal static class ProseScorer
{
    /// <summary>What every line costs: navigation is many short lines, prose few long ones.</summary>
    public const double LineCost = 4;

    public static double Score(in LineFeatures f, string? marker, bool caption)
    {
        if (marker is not null)
        {
            return marker switch
            {
                BoilerplateMarkers.EndMarker => -15,
                BoilerplateMarkers.Copyright or BoilerplateMarkers.Legal or BoilerplateMarkers.CommentPrompt
                    or BoilerplateMarkers.CookieNotice or BoilerplateMarkers.BrowserNotice => -10,
                _ => -6, // share bars and ad slots sit inside texts too
            };
        }

        var words = f.EffectiveWords;
        if (caption)
        {
            return -2;
        }

        if (IsGluedPromo(f) || IsTicker(f))
        {
            return -8;
        }

        if (f.ListMark || f.TableRow || (f.HasUrl && words <= 4))
        {
            return -1; // list items, table rows and bare links sit inside texts as often as outside
        }

        if (words < 6)
        {
            return f.EndsTerminal ? -1 : -LineCost;
        }

        var quality = 1.0;
        if (f.CjkChars == 0 && f.StopWordDensity < 0.08)
        {
            quality *= 0.4;
        }

        if (!f.EndsTerminal)
        {
            quality *= 0.5;
        }

        if (f.CapitalisedRatio > 0.7 && words <= 15)
        {
            quality *= 0.5;
        }

        return (words * quality) - LineCost;
    }

    /// <summary>Whether the line reads as a sentence of body text.</summary>
    public static bool IsProse(in LineFeatures f) =>
        !IsTicker(f) && f.EffectiveWords >= 8 && f.EndsTerminal && (f.CjkChars > 0 || f.StopWordDensity >= 0.08 || f.EffectiveWords >= 20);

    /// <summary>Several teasers cut short with an ellipsis and run together: a ticker or promo rail.</summary>
    public static bool IsTicker(in LineFeatures f) => f.TruncatedTeasers >= 2;

    /// <summary>Words glued across page elements ("Mukesh SinghNo remorse") in a short line that is no sentence.</summary>
    public static bool IsGluedPromo(in LineFeatures f) => f.GluedJoins > 0 && !f.EndsTerminal && f.EffectiveWords <= 14 && !f.HasUrl;
}
