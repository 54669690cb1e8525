using System.Text.RegularExpressions;
using Archive.Core.Model;
using Archive.Core.Text;

namespace Archive.Core.Normalization.Html;

/// <summary>
/// Last look at the blocks: leaves out the headline, a byline or dateline line, captions that slipped
/// into the text, and short lines that are page furniture in any publication ("Advertisement",
/// "Share this article", "Read more: ...", copyright and cookie notices).
/// </summary>
internal static partial class BodyFilter
{
    public static List<Block> Apply(List<Block> blocks, List<double> linkShares, PageMetadata metadata, IReadOnlyList<string> captions, ExtractionReport report, BodyFindings found)
    {
        var titleKeys = new HashSet<string>(StringComparer.Ordinal);
        AddKey(titleKeys, metadata.Title);
        AddKey(titleKeys, metadata.Headline);
        var captionKeys = new HashSet<string>(captions.Select(HtmlText.Key), StringComparer.Ordinal);
        var bylineKey = metadata.Byline is null ? "" : HtmlText.Key(metadata.Byline);
        var kept = new List<Block>(blocks.Count);
        var keptLinkShares = new List<double>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var key = HtmlText.Key(block.Text);
            var nearEdge = i < 4 || i >= blocks.Count - 3;
            string? reason = null;
            if (titleKeys.Contains(key) && kept.Count < 3)
            {
                reason = "headline";
            }
            else if (captionKeys.Contains(key))
            {
                reason = "caption";
            }
            else if (block.Text.Length < 100 && (Byline().IsMatch(block.Text) || (bylineKey.Length > 0 && key == bylineKey)) && kept.Count < 4)
            {
                reason = "byline";
                found.Byline ??= MetadataReader.StripBy(block.Text);
            }
            else if (nearEdge && block.Kind == BlockKind.Paragraph && block.Text.Length < 80 && IsDateLine(block.Text))
            {
                reason = "dateline";
                found.Dateline ??= block.Text;
            }
            else if (block.Text.Length < 200 && Furniture().IsMatch(block.Text))
            {
                reason = "page furniture";
            }
            else if (block.Text.Length < 400 && Credits().IsMatch(block.Text))
            {
                reason = "credit line";
            }
            else if (i >= blocks.Count - 4 && block.Text.Length < 400 && TailFurniture().IsMatch(block.Text))
            {
                reason = "note after the article";
            }
            else if (linkShares[i] >= 0.9 && block.Text.Length < 250)
            {
                reason = "link to another page of the site";
                if (kept.Count > 0 && keptLinkShares[^1] < 0.9 && IsLabel(kept[^1].Text))
                {
                    report.Drop(kept[^1].Text, "label of links", kept[^1].Line);
                    kept.RemoveAt(kept.Count - 1);
                    keptLinkShares.RemoveAt(keptLinkShares.Count - 1);
                }
            }

            if (reason is null)
            {
                kept.Add(block);
                keptLinkShares.Add(linkShares[i]);
            }
            else
            {
                report.Drop(block.Text, reason, block.Line);
            }
        }

        return kept;
    }

    /// <summary>A short line that introduces what follows ("More on this story", "DON'T MISS", "You may also like...").</summary>
    internal static bool IsLabel(string text)
    {
        if (text.Length > 60 || Words.Count(text) > 8)
        {
            return false;
        }

        var trimmed = text.TrimEnd();
        var endsSentence = trimmed.Length > 0 && SentenceMarks.IsStop(trimmed[^1]) && !trimmed.EndsWith("...", StringComparison.Ordinal);
        return !endsSentence && !trimmed.EndsWith('"') && !trimmed.EndsWith('”');
    }

    internal static bool IsDateLine(string text)
    {
        if (!text.Any(char.IsAsciiDigit) || !DatePart().IsMatch(text))
        {
            return false;
        }

        var words = Words.Count(Residue().Replace(DatePart().Replace(text, " "), " "));
        return words <= 3;
    }

    private static void AddKey(HashSet<string> keys, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            keys.Add(HtmlText.Key(text));
        }
    }

    [GeneratedRegex(@"^(by|von|par|por|door|di|av)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}?[\p{L}.'’-]*){0,6}(\s*(,|and|&|\||·|-|—)\s*.{0,60})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\(?(additional )?(reporting|writing|editing|compiled|research|produced|translated) by\b.{0,300}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credits();

    [GeneratedRegex(@"\bfollow (him|her|them|us|me|@\w+)\b|\bon (twitter|facebook|instagram) @\w+|\bmay be reached at\b|\b(reach|contact|email) (him|her|them) at\b|\bsign up\b.{0,80}\bnewsletter|\bsubscribe to\b.{0,80}\bnewsletter|\bnewsletters?\b.{0,80}\binbox\b|\binbox\b.{0,80}\bnewsletters?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailFurniture();

    [GeneratedRegex(@"\b(\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}(t[\d:.+z-]+)?|\d{1,2}/\d{1,2}/\d{2,4}|(19|20)\d{2}|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|\d{1,2}(st|nd|rd|th)?|[ap]\.?m\.?|[ecmp][sd]t|bst|cest?|ist|jst|aes?t|aedt|utc|gmt|ago|hours?|minutes?|mins?|days?|weeks?)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePart();

    [GeneratedRegex(@"\b(published|posted|updated|last updated|modified|on|at|date|\d+)\b|[^\p{L}\p{N}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Residue();

    [GeneratedRegex(@"^(advertisement|advertising|advert|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( (the|this) (main )?(story|article))?( below)?|scroll (down )?to continue( reading)?|(share|tweet|email|print|pin|save)( (this|the))?( (article|story|post|page|link))?( on (facebook|twitter|linkedin|whatsapp|reddit|pinterest))?|(read|see|watch|listen)( (more|also|next))?( ?:| ?-| ?—)\s.{0,140}|(read|see|view|load) more|related( (articles|stories|coverage|content|links|topics))?:?|(related|more|also|recommended|trending|popular)( (articles?|stories|story|coverage|content|links?|topics|reading|videos?))?\s*:\s.{0,150}|.{0,40}\bshare (it|this|the)( (story|article|post))? with\b.{0,60}|(sign up|subscribe)\b.{0,120}|follow (us|@\w+|\p{Lu}\w*( \p{Lu}\w*)? on (twitter|facebook|instagram|linkedin)).{0,80}|(©|\(c\)|copyright)\s*(\d{4})?.{0,150}|.{0,150}all rights reserved\.?|(click|tap) here\b.{0,120}|loading\W*|please wait\W*|(sharing is caring|spread the love|share the love)\W*|.{0,60}\b(requires|enable|turn on) javascript\b.{0,100}|\[\w+\b[^\]]*\].{0,150}\[/\w+\]|we use cookies.{0,250}|(image|photo|picture|video|photograph|illustration) ?(credit|courtesy|source)?\s*[:©].{0,150})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
