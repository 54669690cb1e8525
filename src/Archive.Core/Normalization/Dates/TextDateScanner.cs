using Archive.Core.Text;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Ranks the days written in plain text (a whole-page dump, or the visible text of an HTML page).
/// A date scores for its form (a written month beats an ambiguous slash date), for publication cues
/// before it, for standing in a short byline-like line near the start of the article, and for repeating;
/// it loses for update cues, for sitting in prose, in lists of dated teasers, in the page header (the
/// day of capture) or the footer; copyright and "today" lines are never used.
/// </summary>
internal static class TextDateScanner
{
    /// <summary>Characters scanned at most: the top of the page holds the byline; the rest is sampled from the end.</summary>
    private const int HeadLimit = 300_000;
    private const int TailLimit = 20_000;

    /// <summary>A result below this score is too weak to publish: a wrong date is worse than none.</summary>
    internal const double Threshold = 3.5;

    /// <summary>
    /// A day mentioned in prose-heavy places (captions, running text) whose weekday the prose also names
    /// ("on 30 March 2014" under a photo, "on Sunday" in the text) must score at least this to be inferred.
    /// </summary>
    internal const double InferredFloor = 0.0;

    /// <summary>Finds the most likely publication day, or null when no date is convincing.</summary>
    /// <param name="text">The page text, lines separated by newlines.</param>
    /// <param name="order">How to read ambiguous slash dates.</param>
    /// <param name="titleHint">The article title when known; the byline is expected around it.</param>
    /// <param name="latest">Dates after this day are ignored (e.g. the latest day stated in the page's metadata).</param>
    public static DateOnly? Find(string text, DayMonthOrder order, string? titleHint = null, DateOnly? latest = null, double threshold = Threshold)
    {
        var ranked = Rank(text, order, titleHint, latest);
        return ranked is { } best && best.Score >= threshold ? best.Date : null;
    }

    /// <summary>
    /// The publication day with its confidence: exact when the best day clears the threshold (a byline or
    /// dateline); else inferred when a weaker day falls on a weekday the prose names; else null.
    /// </summary>
    public static PublishedDate? FindWithConfidence(string text, DayMonthOrder order, string? titleHint = null)
    {
        var (lines, days) = Days(text, order, titleHint, latest: null);
        if (days.Count == 0)
        {
            return null;
        }

        if (days[0].Score >= Threshold)
        {
            return new PublishedDate(days[0].Date, Model.DateConfidence.Exact);
        }

        return Corroborated(days, WeekdayMentions.In(lines)) is { } day ? new PublishedDate(day, Model.DateConfidence.Inferred) : null;
    }

    /// <summary>The best day (by the hand score) of those that reach <see cref="InferredFloor"/> and fall on a weekday the prose names.</summary>
    internal static DateOnly? Corroborated(IReadOnlyList<DayEvidence> days, HashSet<DayOfWeek> proseWeekdays)
    {
        foreach (var day in days)
        {
            if (day.Score >= InferredFloor && proseWeekdays.Contains(day.Date.DayOfWeek))
            {
                return day.Date;
            }
        }

        return null;
    }

    /// <summary>The best-scoring day and its score, or null when the text holds no full day.</summary>
    internal static (DateOnly Date, double Score)? Rank(string text, DayMonthOrder order, string? titleHint, DateOnly? latest, List<string>? trace = null)
    {
        var (_, ranked) = RankAll(text, order, titleHint, latest, trace);
        return ranked.Count == 0 ? null : ranked[0];
    }

    /// <summary>The text's lines and every day it mentions with its score, best first.</summary>
    private static (List<string> Lines, List<(DateOnly Date, double Score)> Ranked) RankAll(string text, DayMonthOrder order, string? titleHint, DateOnly? latest, List<string>? trace)
    {
        var (lines, days) = Days(text, order, titleHint, latest, trace);
        return (lines, days.Select(d => (d.Date, d.Score)).ToList());
    }

    /// <summary>
    /// The text's lines and every day it mentions with the evidence of its best mention, best first by the hand
    /// score (ties: nearer the article's start, then earlier).
    /// </summary>
    internal static (List<string> Lines, List<DayEvidence> Days) Days(string text, DayMonthOrder order, string? titleHint, DateOnly? latest, List<string>? trace = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ([], []);
        }

        var lines = SplitLines(Cap(text));
        if (lines.Count == 0)
        {
            return (lines, []);
        }

        var (anchor, anchorIsTitle) = FindAnchor(lines, titleHint);
        var mentions = new List<(int Line, DateMention Mention)>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var mention in DateExpressions.FindAll(lines[i], order))
            {
                mentions.Add((i, mention));
            }
        }

        if (mentions.Count == 0)
        {
            return (lines, []);
        }

        ReadAmbiguousAsWrittenElsewhere(mentions);
        var days = new Dictionary<DateOnly, (MentionEvidence Best, int Count, int Distance, int Order)>();
        for (var k = 0; k < mentions.Count; k++)
        {
            var (line, mention) = mentions[k];
            if (latest is { } bound && mention.Date > bound)
            {
                continue;
            }

            var evidence = Evidence(lines, line, mention, anchor, anchorIsTitle, mentions, k);
            trace?.Add($"{mention.Date:yyyy-MM-dd} line {line} (anchor {anchor}) score {evidence?.HandScore.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "rejected"}: {lines[line][..Math.Min(100, lines[line].Length)]}");
            if (evidence is not { } e)
            {
                continue;
            }

            var distance = Math.Abs(line - anchor);
            days[mention.Date] = days.TryGetValue(mention.Date, out var previous)
                ? (e.HandScore > previous.Best.HandScore ? e : previous.Best, previous.Count + 1, Math.Min(previous.Distance, distance), previous.Order)
                : (e, 1, distance, days.Count);
        }

        var ranked = days
            .Select(p => new DayEvidence(p.Key, p.Value.Best, p.Value.Count, p.Value.Distance, p.Value.Order,
                p.Value.Best.HandScore + Math.Min(1.0, 0.5 * (p.Value.Count - 1))))
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.Distance)
            .ThenBy(d => d.Date)
            .ToList();
        return (lines, ranked);
    }

    /// <summary>
    /// An ambiguous numeric day ("06/01/2020") whose other reading the page writes unambiguously elsewhere ("June 1, 2020")
    /// and whose own reading it does not is read the other way: the page shows which of the two days it means.
    /// </summary>
    private static void ReadAmbiguousAsWrittenElsewhere(List<(int Line, DateMention Mention)> mentions)
    {
        HashSet<DateOnly>? firm = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k].Mention;
            if (mention.Kind != DateFormatKind.NumericAmbiguous || mention.Date.Day > 12)
            {
                continue;
            }

            firm ??= mentions.Where(m => m.Mention.Kind != DateFormatKind.NumericAmbiguous).Select(m => m.Mention.Date).ToHashSet();
            if (!firm.Contains(mention.Date) && DateBounds.Make(mention.Date.Year, mention.Date.Day, mention.Date.Month) is { } other && firm.Contains(other))
            {
                mentions[k] = (mentions[k].Line, mention with { Date = other });
            }
        }
    }

    private static double? Score(List<string> lines, int line, DateMention mention, int anchor, bool anchorIsTitle, List<(int Line, DateMention Mention)> all, int index) =>
        Evidence(lines, line, mention, anchor, anchorIsTitle, all, index)?.HandScore;

    /// <summary>
    /// The kinds of evidence one written day carries (form, cue words, byline or dateline shape, time of day, line
    /// length, dated neighbours, position against the article's start) and the hand rules' score of them; null when the
    /// day is never the publication day (copyright, "today", an embedded post's stamp).
    /// </summary>
    private static MentionEvidence? Evidence(List<string> lines, int line, DateMention mention, int anchor, bool anchorIsTitle, List<(int Line, DateMention Mention)> all, int index)
    {
        var text = lines[line];

        // A cue word speaks for the nearest day: the words before a day start after the previous day on its line, the
        // words after it end at the next ("Posted on 15 April 2016 4 March 2017": the cue is the first day's).
        var previousEnd = index > 0 && all[index - 1].Line == line ? all[index - 1].Mention.Index + all[index - 1].Mention.Length : 0;
        var nextStart = index + 1 < all.Count && all[index + 1].Line == line ? all[index + 1].Mention.Index : text.Length;
        var beforeStart = Math.Max(previousEnd, mention.Index - 50);
        var before = text.AsSpan(beforeStart, mention.Index - beforeStart);
        var context = ContextWords.Classify(before);
        if (context == DateContext.None && CountLetters(before) < 3 && line > 0 && previousEnd == 0)
        {
            var previous = lines[line - 1];
            if (previous.Length <= 60)
            {
                context = ContextWords.Classify(previous);
            }
        }

        var end = mention.Index + mention.Length;
        var after = text.AsSpan(end, Math.Max(0, Math.Min(40, nextStart - end)));
        if (context == DateContext.None)
        {
            context = ContextWords.ClassifyAfter(after);
        }

        // A copyright cue counts within its own field of a line of fields ("© Agency | Photo: X | 07.11.2023 08:03"
        // is a stamp beside a credit, "© 2023 Publisher" is not): a field separator between cue and day ends its reach.
        var field = FieldBefore(text, mention.Index);
        if (context == DateContext.Copyright && field > mention.Index - before.Length)
        {
            context = ContextWords.Classify(text.AsSpan(field, mention.Index - field));
        }

        if (context is DateContext.Copyright or DateContext.Today || ContextWords.MentionsCopyright(text.AsSpan(field, mention.Index - field)))
        {
            return null;
        }

        // A weather widget ("Thursday, Nov 5th 2020 7PM 6°C 10PM 7°C"): the day of capture, not of publication.
        if (text.Length <= 200 && HasTemperature(text))
        {
            return null;
        }

        // Embedded social posts: "— Jane Doe (@jdoe) November 3, 2023".
        if (before.Contains("(@", StringComparison.Ordinal) || before.Contains("@", StringComparison.Ordinal) && before.Contains(')'))
        {
            return null;
        }

        var score = mention.Kind switch
        {
            DateFormatKind.Textual => 3.0,
            DateFormatKind.Iso => 2.5,
            DateFormatKind.Numeric => 2.5,
            _ => 1.5,
        };

        score += context switch
        {
            DateContext.Published => 4.0,
            DateContext.Modified => -1.0,
            DateContext.Event => -2.0,
            _ => 0.0,
        };

        // A byline: "By Jane Doe | 5 Nov 2019", "von Max Muster, 4. November 2019"; or a day opening its line and signed
        // after it: "5 Nov 2019 by Jane Doe", "4. November 2019 · von Max Muster".
        // A day opening its line and followed by a person's name alone ("26. September 2019 Jane Doe", "May 5, 2019 Jane
        // Doe 0 comments") is a byline too, when no other line of the page opens with a day and a capitalised word: a
        // dated teaser list has many such lines, a byline one.
        var byline = context == DateContext.None && text.Length <= 150
            && (ContextWords.StartsAsByline(text) || (mention.Index <= 25 && ContextWords.SignedAfter(after))
                || (mention.Index <= 25 && ContextWords.NamedAfter(after) && !OtherLineOpensWithDayAndWord(lines, all, index)));
        if (byline)
        {
            score += 2.0;
        }

        // A time of day next to the date marks a byline timestamp ("04:30, 3 Nov 2023", "8. November 2023, 11:15").
        var time = HasTimeNearby(before) || HasTimeNearby(after);
        if (time)
        {
            score += 1.0;
        }

        // Byline-like short line, a dateline opening a paragraph ("27.1.2022 - Bei der ..."), or a date in running prose.
        var length = text.Length;
        var shape = length <= 90 ? LineShape.Short : IsDateline(text, mention) ? LineShape.Dateline : length > 200 ? LineShape.Prose : LineShape.Medium;
        score += shape switch
        {
            LineShape.Short or LineShape.Dateline => 1.0,
            LineShape.Prose => -1.5,
            _ => 0.0,
        };

        // Dated teaser lists: other distinct dates on nearby lines.
        var neighbours = 0;
        for (var j = Math.Max(0, index - 6); j < Math.Min(all.Count, index + 7); j++)
        {
            if (j != index && Math.Abs(all[j].Line - line) <= 3 && all[j].Mention.Date != mention.Date)
            {
                neighbours++;
            }
        }

        if (neighbours >= 2)
        {
            score -= 2.5;
        }
        else if (neighbours == 1 && context == DateContext.None)
        {
            score -= 0.5;
        }

        // Position relative to the start of the article: the byline sits just before the first paragraph.
        // With the title known, the byline sits just before or after it.
        var distance = line - anchor;
        var (first, last) = anchorIsTitle ? (-6, 10) : (-12, 0);
        var place = distance >= first && distance <= last ? DatePlace.ArticleStart
            : distance < first ? DatePlace.Header
            : line > lines.Count * 0.85 ? DatePlace.Footer
            : DatePlace.Below;
        if (place == DatePlace.ArticleStart)
        {
            score += 3.0 - (Math.Abs(distance) * 0.05);
        }
        else if (place == DatePlace.Header)
        {
            // Page header: often the day of capture ("Tuesday, 7 November 2023").
            score -= mention.HasWeekday && context == DateContext.None ? 2.0 : 0.5;
        }
        else
        {
            score -= distance <= 2 ? 0.0 : 0.5;
            if (place == DatePlace.Footer)
            {
                score -= 1.5;
            }
        }

        // A photo caption or credit ("FILE PHOTO: ... March 5, 2019. REUTERS/X", "(Foto: X, 15.01.2022)") dates the photo, not
        // the article; a credit in another field of a short line of fields ("Jane Doe / 07.11.2023 / Foto: X") does not
        // make the line a caption.
        var cue = ContextWords.CaptionAt(text);
        var caption = cue >= 0 && (shape != LineShape.Short || FieldOf(text, mention.Index) == FieldOf(text, cue));
        if (caption)
        {
            score -= 1.5;
        }

        return new MentionEvidence(mention.Kind, context, byline, time, shape, neighbours, place, distance, mention.HasWeekday,
            lines.Count <= 1 ? 0 : (double)line / (lines.Count - 1), caption, score);
    }

    /// <summary>
    /// True when a line other than the one of mention <paramref name="index"/> opens with a day followed by a capitalised
    /// word: the shape of a dated teaser list ("5 Nov 2019 New rules for ..."), which a byline's day does not share.
    /// </summary>
    private static bool OtherLineOpensWithDayAndWord(List<string> lines, List<(int Line, DateMention Mention)> all, int index)
    {
        for (var k = 0; k < all.Count; k++)
        {
            var (line, mention) = all[k];
            if (line == all[index].Line || mention.Index > 25)
            {
                continue;
            }

            var rest = lines[line].AsSpan(mention.Index + mention.Length).TrimStart(" ,;|•·-–—/\t");
            if (rest.Length > 1 && char.IsUpper(rest[0]) && char.IsLower(rest[1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many field separators (" | ", " / ") stand before <paramref name="index"/>: the field of a line of fields it is in.</summary>
    private static int FieldOf(string line, int index)
    {
        var fields = 0;
        var span = line.AsSpan(0, Math.Clamp(index, 0, line.Length));
        for (var i = 0; i + 2 < span.Length; i++)
        {
            if (span[i] == ' ' && span[i + 1] is '|' or '/' && span[i + 2] == ' ')
            {
                fields++;
            }
        }

        return fields;
    }

    /// <summary>Where the field of a line of fields that holds <paramref name="index"/> starts: after the last " | " before it, else 0.</summary>
    private static int FieldBefore(string line, int index)
    {
        var bar = line.AsSpan(0, index).LastIndexOf(" | ", StringComparison.Ordinal);
        return bar < 0 ? 0 : bar + 3;
    }

    /// <summary>True when the line holds a temperature reading ("6°C", "56 °F", "21°").</summary>
    private static bool HasTemperature(string line)
    {
        for (var at = line.IndexOf('°'); at > 0; at = at + 1 < line.Length ? line.IndexOf('°', at + 1) : -1)
        {
            var digit = line[at - 1] == ' ' && at > 1 ? line[at - 2] : line[at - 1];
            if (char.IsAsciiDigit(digit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTimeNearby(ReadOnlySpan<char> span)
    {
        for (var i = 0; i + 4 < span.Length; i++)
        {
            if (char.IsAsciiDigit(span[i]) && span[i + 1] == ':' && char.IsAsciiDigit(span[i + 2]) && char.IsAsciiDigit(span[i + 3]))
            {
                return true;
            }

            if (i + 5 < span.Length && char.IsAsciiDigit(span[i]) && char.IsAsciiDigit(span[i + 1]) && span[i + 2] == ':'
                && char.IsAsciiDigit(span[i + 3]) && char.IsAsciiDigit(span[i + 4]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date opening a paragraph, alone or after a place name: "27.1.2022 - Bei der ...", "Karlsruhe, (12.11.2021). ...".
    /// </summary>
    private static bool IsDateline(string line, DateMention mention)
    {
        if (mention.Index > 40)
        {
            return false;
        }

        var lead = line.AsSpan(0, mention.Index);
        if (lead.IndexOfAny('.', '!', '?') >= 0)
        {
            return false;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in lead)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        // "Am 8. November 2021 findet ..." is a sentence about a day, not a dateline: a place name ends with a comma or bracket.
        return words == 0 || (words <= 4 && lead.TrimEnd().Length > 0 && lead.TrimEnd()[^1] is ',' or '(' or '-' or '–' or '|' or '/');
    }

    /// <summary>The line where the article starts: the title when given, else the first line of prose.</summary>
    private static (int Line, bool IsTitle) FindAnchor(List<string> lines, string? titleHint)
    {
        if (!string.IsNullOrWhiteSpace(titleHint) && titleHint.Trim().Length >= 10)
        {
            // The title may be split over lines (<br>) or carry a site suffix: match its start, or a line it contains.
            var title = Whitespace.Collapse(titleHint);
            var probe = title.Length > 40 ? title[..40] : title;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Contains(probe, StringComparison.OrdinalIgnoreCase)
                    || (lines[i].Length >= 15 && title.StartsWith(lines[i], StringComparison.OrdinalIgnoreCase)))
                {
                    return (i, true);
                }
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsProse(lines[i]))
            {
                return (i, false);
            }
        }

        return (0, false);
    }

    private static bool IsProse(string line)
    {
        if (line.Length < 160)
        {
            return false;
        }

        var spaces = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                spaces++;
            }
        }

        return spaces >= 20 && spaces < line.Length / 3;
    }

    private static int CountLetters(ReadOnlySpan<char> span)
    {
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }

    private static string Cap(string text) =>
        text.Length <= HeadLimit + TailLimit ? text : string.Concat(text.AsSpan(0, HeadLimit), "\n", text.AsSpan(text.Length - TailLimit));

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = Whitespace.Collapse(text.AsSpan(start, end - start));
            if (line.Length > 0)
            {
                lines.Add(line.Length > 2000 ? line[..2000] : line);
            }

            if (newline < 0)
            {
                return lines;
            }

            start = newline + 1;
        }
    }
}
