using System.Buffers;
using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Text;

/// <summary>Shapes of bylines, datelines, image and video captions, and the publisher named in a copyright line.</summary>
internal static partial class LinePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Months =
        "jan(uary|\\.)?|feb(ruary|\\.)?|mar(ch|\\.)?|apr(il|\\.)?|may|june?|july?|aug(ust|\\.)?|sep(t|tember|\\.)?|oct(ober|\\.)?|nov(ember|\\.)?|dec(ember|\\.)?" +
        "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre" +
        "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre" +
        "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

    /// <summary>Words one of which every picture credit contains.</summary>
    private static readonly SearchValues<string> CreditTriggers = SearchValues.Create(
        ["getty", "ap photo", "(ap)", "afp", "reuters", "epa", "shutterstock", "imago", "dpa", "picture alliance", "photo", "image", "bildquelle", "foto", "credit", "(pic", "(source"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words one of which a "who is shown" photo caption contains (dates have digits).</summary>
    private static readonly SearchValues<string> ShownTriggers = SearchValues.Create(
        ["left", "right", "centre", "center", "pictured", "l-r", "(l)", "(r)", " l)", " r)", "file photo", "seen here"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"By Jane Doe", "Von Max Muster", "Text: ..." — a short line naming the author.</summary>
    public static bool IsByline(ReadOnlySpan<char> line, in LineFeatures features) =>
        features.Words is > 1 and <= 16 && line.Length <= 140 && BylineRegex().IsMatch(line);

    /// <summary>A short line that is mostly a date or time ("Nov. 19, 2019 8:03 am ET", "Updated 30 March 2014").</summary>
    public static bool IsDateLine(ReadOnlySpan<char> line, in LineFeatures features) =>
        features.Words <= 14 && line.Length <= 120 && features.StopWordDensity < 0.3 && HasDigit(line) && DateRegex().IsMatch(line);

    /// <summary>"PARIS, March 30 (Reuters) -": a place-and-agency dateline on its own line.</summary>
    public static bool IsAgencyDateline(ReadOnlySpan<char> line) => line.Length <= 80 && AgencyDatelineRegex().IsMatch(line);

    /// <summary>Image captions and credits: "Photo: ...", "Map of Crimea", "(Getty Images)", "Jane Doe, left, and ...".</summary>
    public static bool IsImageCaption(ReadOnlySpan<char> line, in LineFeatures features) =>
        features.Words <= 60 && (CaptionStartRegex().IsMatch(line)
            || (line.IndexOfAny(ShownTriggers) >= 0 && PositionRegex().IsMatch(line))
            || ((!features.EndsTerminal || line[^1] == ')') && line.IndexOfAny(CreditTriggers) >= 0 && CreditRegex().IsMatch(line)));

    /// <summary>
    /// A photo caption written as a line without terminal punctuation that says when or who is shown
    /// ("... in Odessa on 30 March 2014", "Jane Doe (left) and ...").
    /// </summary>
    public static bool IsUnfinishedPhotoCaption(ReadOnlySpan<char> line, in LineFeatures features) =>
        features.EffectiveWords >= 8 && !features.EndsTerminal && !features.ListMark && !features.HasUrl && !features.EndsWithQuote
        && features.Words <= 80 && (HasDigit(line) || line.IndexOfAny(ShownTriggers) >= 0) && PhotoCaptionRegex().IsMatch(line);

    private static bool HasDigit(ReadOnlySpan<char> line) => line.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>A video caption: a speaker and a quotation with nothing after it — John Kerry: "No decisions ...".</summary>
    public static bool IsSpeakerCaption(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words > 40 || !features.EndsWithQuote)
        {
            return false;
        }

        var colon = line.IndexOf(':');
        if (colon < 3 || colon > 70 || colon + 2 >= line.Length)
        {
            return false;
        }

        var speaker = line[..colon];
        if (speaker.ContainsAny('"', '“', '.') || !char.IsUpper(speaker[0]))
        {
            return false;
        }

        var quote = line[(colon + 1)..].TrimStart();
        if (quote.Length < 3 || !LineFeatures.IsQuote(quote[0]))
        {
            return false;
        }

        // A quotation that closes without a full stop inside is a caption; quoted speech in prose ends ".\"".
        var beforeClose = quote[^2];
        return beforeClose is not '.' and not '!' and not '?' and not ',';
    }

    /// <summary>The publisher named by a copyright line ("Copyright © 2015 BBC." → "BBC"), or null.</summary>
    public static string? CopyrightHolder(ReadOnlySpan<char> line)
    {
        if (line.Length > 300)
        {
            return null;
        }

        var match = CopyrightHolderRegex().Match(line.ToString());
        if (!match.Success)
        {
            return null;
        }

        var holder = match.Groups["name"].ValueSpan.Trim().TrimEnd(" -–&'’".AsSpan());
        return holder.Length >= 2 && !holder.StartsWith("All ", StringComparison.OrdinalIgnoreCase) ? holder.ToString() : null;
    }

    [GeneratedRegex(@"^((?i:by|von|par|por|text|texte|autor|author|written by|reporting by|words by|story by|posted by|redakteur|redaktion)\b:?\s+(?-i:\p{Lu})|(?i:by)\s+\p{Lu}|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?,? (?i:staff writer|correspondent|reporter|editor|contributor|senior writer|senior editor|bureau chief)\b)", Options)]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"(?i:\b(" + Months + @")\s*\d{1,2}\b|\b\d{1,2}\.?\s*(" + Months + @")\b|\b\d{1,2}[./]\d{1,2}[./](19|20)?\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}:\d\d\s*(am|pm|uhr|h|et|gmt|utc|bst|cet|est|pst)?\b|\b(updated|published|posted|veröffentlicht|aktualisiert|publié|mis à jour)\b.*\d|\b\d+ (minutes?|hours?|days?|mins?|hrs?) ago\b)", Options)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{Ll} .'/-]{1,40},.{0,40}\((Reuters|AP|AFP|dpa|Bloomberg|UPI|Xinhua|Tass|ANSA|EFE|Reuters Health)\)\s*[-–—]?$", Options)]
    private static partial Regex AgencyDatelineRegex();

    [GeneratedRegex(@"^(?i:(photo|image|picture|pictured|foto|bild|map|graphic|illustration|video|caption|photograph|chart)s?( credit)?\s*(:|of\b|by\b|showing\b|courtesy\b|shows\b)|(photo|image|foto)\s*\(|\((photo|image|foto)\b|(image|photo|picture|media|video|foto|bild)s? ?(copyright|source|caption|credit|rights)\b|(image|photo|foto|bild):? ?©|© ?\p{L}[^\d]{0,38}$|(an? )?(artist'?s'? )?(illustration|impression|rendering) (of|shows|showing)\b|this (\w+ ){0,2}(image|photo|photograph|picture|illustration|map|graphic|handout|video|chart|screenshot|rendering|still)s? (\w+ ){0,6}(shows|showing|depicts|released|taken|provided))", Options)]
    private static partial Regex CaptionStartRegex();

    [GeneratedRegex(@"(?i:\bon \d{1,2}\s+(" + Months + @")\s+(19|20)\d\d\b|\bon (" + Months + @")\s+\d{1,2},? (19|20)\d\d\b|[(,] ?(left|right|centre|center|pictured|l|r)\b ?[),]|\b(pictured|file photo|seen here)\b)", Options)]
    private static partial Regex PhotoCaptionRegex();

    [GeneratedRegex(@"(?i:[(,] ?(left|right|centre|center|second (from )?(left|right)|pictured|from left|l-r)\b ?[),])", Options)]
    private static partial Regex PositionRegex();

    [GeneratedRegex(@"(?i:getty images|\bap photo\b|\(ap\)$|\bafp\b ?(/|via|photo)|reuters/|/reuters|\bepa\b ?/|shutterstock|\bimago\b|\bdpa\b ?/|picture alliance|photo credit|image (source|copyright|credit)|bildquelle|\((photo|image|foto|picture|credit|source|pic)s?:|photo by\b|foto:|credit:)", Options)]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"(?i:copyright|©|\(c\))(?:\s*(?i:copyright|©|\(c\)))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[,.]?\s*)?(?<name>\p{L}[\p{L}\p{N}&'’ -]{1,49})", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightHolderRegex();
}
