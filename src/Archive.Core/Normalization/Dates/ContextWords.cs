namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Cue words that say what a nearby date is, in the languages of the archive: publication ("published",
/// "veröffentlicht", "publié", "publicado", "pubblicato", ...), modification ("updated", "aktualisiert",
/// "mis à jour", ...), copyright lines, and "today" headers. The cue nearest to the date wins.
/// </summary>
internal static class ContextWords
{
    private static readonly string[] Published =
    [
        "published", "publish date", "publication date", "posted", "released", "created", "first appeared", "date:",
        "veröffentlicht", "erschienen", "publiziert", "erstellt", "gepostet", "gespeichert von", "geschrieben am", "verfasst am", "eingestellt am", "submitted", "online seit", "datum:", "stand:", "stand ",
        "publié", "publie le", "mis en ligne", "paru le", "date de publication",
        "publicado", "publicada", "publicação", "fecha de publicación", "data de publicação",
        "pubblicato", "pubblicata", "data di pubblicazione",
        "gepubliceerd", "geplaatst", "opublikowano", "publikováno", "publikované", "publicerad", "publiceret", "publisert",
        "yayınlanma", "yayın tarihi", "yayınlandı", "опубликовано", "опубліковано", "дата публикации", "публикувано", "objavljeno",
        "diterbitkan", "dipublikasikan", "diposting", "közzétéve", "publikuar", "تاريخ النشر", "نشر في", "نشر بتاريخ",
        "प्रकाशित", "प्रकाशन", "投稿日", "公開日", "发布时间", "발행", "입력",
    ];

    private static readonly string[] Modified =
    [
        "updated", "last update", "modified", "revised", "edited",
        "aktualisiert", "geändert", "zuletzt", "editiert", "bearbeitet", "letzte änderung", "aktualisierung",
        "mis à jour", "mise à jour", "modifié", "actualizado", "actualizada", "actualización", "atualizado", "atualizada", "aggiornato", "aggiornata",
        "bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja", "aktualizováno", "uppdaterad", "opdateret", "oppdatert",
        "güncelleme", "güncellendi", "обновлено", "оновлено", "ažurirano", "diperbarui", "frissítve", "تحديث", "अपडेट", "更新", "수정",
    ];

    private static readonly string[] Copyright =
    [
        "©", "copyright", "(c)", "all rights reserved", "alle rechte", "tous droits", "todos los derechos", "tutti i diritti",
        "todos os direitos", "alle rechten", "wszelkie prawa", "все права",
    ];

    private static readonly string[] Today =
    [
        "today", "heute", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "hoje", "vandaag", "idag", "i dag", "dzisiaj", "dziś", "сегодня", "bugün", "hari ini", "اليوم",
    ];

    private static readonly string[] Event =
    [
        "until", "till ", "from ", "since", "deadline", "release:", "releases", "event", "starts", "opens", "closes", "due ",
        "bis ", "bis zum", "ab ", "ab dem", "seit", "frist", "termin", "veranstaltung", "erscheint", "erscheinungstermin", "gültig",
        "jusqu'au", "à partir du", "depuis", "hasta", "desde", "a partir de", "fino al", "dal ", "tot ", "vanaf", "sinds",
    ];

    /// <summary>Classifies a date by the cue nearest to the end of <paramref name="before"/> (the text just before the date).</summary>
    public static DateContext Classify(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty)
        {
            return DateContext.None;
        }

        var original = before.ToString();
        var text = original.ToLowerInvariant();
        var best = DateContext.None;
        var bestPosition = -1;
        Check(text, Published, DateContext.Published, ref best, ref bestPosition);
        Check(text, Modified, DateContext.Modified, ref best, ref bestPosition);
        Check(text, Copyright, DateContext.Copyright, ref best, ref bestPosition);
        Check(text, Today, DateContext.Today, ref best, ref bestPosition, original);
        Check(text, Event, DateContext.Event, ref best, ref bestPosition);
        return best;
    }

    /// <summary>A publication cue right after a date ("am 3. Dezember 2011 veröffentlicht"), else None.</summary>
    public static DateContext ClassifyAfter(ReadOnlySpan<char> after)
    {
        var text = after.ToString().ToLowerInvariant();
        foreach (var cue in Published)
        {
            if (char.IsLetter(cue[0]) && text.Contains(cue, StringComparison.Ordinal))
            {
                return DateContext.Published;
            }
        }

        return DateContext.None;
    }

    private static readonly string[] BylineStarts =
    [
        "by ", "written by", "von ", "geschrieben von", "autor", "author", "par ", "por ", "door ", "di ", "av ", "af ", "od ", "de ",
    ];

    /// <summary>True when a line opens like a byline ("By Jane Doe", "von Max Muster", "par Jean Dupont").</summary>
    public static bool StartsAsByline(string line)
    {
        foreach (var start in BylineStarts)
        {
            if (line.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SignatureWords = ["by ", "von ", "par ", "por ", "door ", "av ", "af ", "od ", "written by ", "autor", "author"];

    /// <summary>
    /// True when the text right after a day signs it: an optional separator, then a byline word and a name
    /// ("by Jane Doe", " · von Max Muster", ", par Jean"); "von 10 bis 12 Uhr" is not a signature.
    /// </summary>
    public static bool SignedAfter(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(" ,;|•·-–—/\t");
        foreach (var word in SignatureWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var name = rest[word.Length..].TrimStart(" :");
                return name.Length > 0 && char.IsLetter(name[0]);
            }
        }

        return false;
    }

    /// <summary>
    /// True when the text after a day is a person's name alone: two or three capitalised words ("Jane Doe", "Anna
    /// Muster-Beispiel"), then the end of the line, a separator, a count or a lowercase word ("Jane Doe 0",
    /// "Jane Doe leave a comment"), not a title's words ("New Rules for ...").
    /// </summary>
    public static bool NamedAfter(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(" ,;|•·-–—/\t");
        var words = 0;
        while (words < 3)
        {
            var length = NameWordLength(rest);
            if (length == 0)
            {
                break;
            }

            words++;
            rest = rest[length..];
            if (rest.Length == 0 || rest[0] != ' ')
            {
                break;
            }

            rest = rest[1..];
        }

        if (words < 2)
        {
            return false;
        }

        // What follows the name: nothing, a separator, a number (a comment count) or a lowercase word; a fourth
        // capitalised word is a title's ("Apple Unveils New iPhone").
        return rest.Length == 0 || !char.IsLetter(rest[0]) || char.IsLower(rest[0]);
    }

    /// <summary>The length of a capitalised name word at the start ("Jane", "Muster-Beispiel", "O'Neill"), else 0.</summary>
    private static int NameWordLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !char.IsUpper(text[0]) || !char.IsLower(text[1]))
        {
            return 0;
        }

        var i = 1;
        while (i < text.Length && (char.IsLower(text[i]) || ((text[i] is '-' or '\'' or '’') && i + 1 < text.Length && char.IsUpper(text[i + 1]))))
        {
            i += text[i] is '-' or '\'' or '’' ? 2 : 1;
        }

        return i < text.Length && char.IsLetterOrDigit(text[i]) ? 0 : i;
    }

    private static readonly string[] CaptionCues =
    [
        "file photo", "photo:", "photos:", "foto:", "fotos:", "bild:", "image:", "picture:", "pictured", "(photo", "(foto", "(bild",
        "(image", "getty images", "reuters/", "/reuters", "ap photo", "afp/", "/afp", "dpa/", "/dpa", "epa/", "/epa", "crédit photo",
        "photo credit", "bildquelle", "fotocredit",
    ];

    /// <summary>True when a line reads as a photo caption or credit ("FILE PHOTO: ...", "(Foto: X, 15.01.2022)", "... REUTERS/X").</summary>
    public static bool IsCaption(string line) => CaptionAt(line) >= 0;

    /// <summary>Where the first photo caption or credit cue of a line stands, or -1.</summary>
    public static int CaptionAt(string line)
    {
        var first = -1;
        foreach (var cue in CaptionCues)
        {
            var at = line.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>True when the text holds a copyright cue anywhere.</summary>
    public static bool MentionsCopyright(ReadOnlySpan<char> text)
    {
        foreach (var cue in Copyright)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="at"/> is capitalised and follows a capitalised word on the same line.</summary>
    private static bool IsInName(string text, int at)
    {
        if (!char.IsUpper(text[at]) || at < 2 || text[at - 1] != ' ')
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < at - 1 && char.IsUpper(text[start]);
    }

    private static void Check(string text, string[] cues, DateContext context, ref DateContext best, ref int bestPosition, string? original = null)
    {
        foreach (var cue in cues)
        {
            var at = text.LastIndexOf(cue, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // A capitalised "Today" after a capitalised word is part of a name ("Written by Metro Today on ..."), not a "today" line.
            if (original is not null && original.Length == text.Length && IsInName(original, at))
            {
                continue;
            }

            // Latin cues must start a word ("posted", not "reposted" is fine either way; "stand" not "bestand").
            if (at > 0 && char.IsLetter(cue[0]) && char.IsLetter(text[at - 1]))
            {
                continue;
            }

            var end = at + cue.Length;
            if (end > bestPosition)
            {
                best = context;
                bestPosition = end;
            }
        }
    }
}
