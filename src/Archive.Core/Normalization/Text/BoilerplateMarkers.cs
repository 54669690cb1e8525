using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// Generic marker phrases that appear across many publishers: share bars, navigation words,
/// end-of-article headings ("More on this story", "Top stories"), newsletter, cookie and browser notices,
/// copyright and legal footers, comment prompts. Never phrases peculiar to one site.
/// </summary>
internal static partial class BoilerplateMarkers
{
    public const string Navigation = "navigation";
    public const string ShareBar = "share bar";
    public const string EndMarker = "end marker";
    public const string Copyright = "copyright";
    public const string BrowserNotice = "browser notice";
    public const string CookieNotice = "cookie notice";
    public const string Newsletter = "newsletter";
    public const string CommentPrompt = "comment prompt";
    public const string SiteNotice = "site notice";
    public const string InlinePromo = "inline promo";
    public const string Legal = "legal notice";
    public const string RelatedLinks = "related links";
    public const string AuthorBio = "author bio";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string EndMarkerPattern = @"^(more on this (story|topic)|more about this (story|topic)|related (stories|articles|content|coverage|topics|posts|links|reading|news|videos)|top stories|most (popular|read|viewed|shared|watched|commented)( (articles|stories|videos|now|today))?|you (may|might) also (like|be interested in|enjoy)|recommended( for you| stories| reading| articles| videos)?|what to read next|also on \S+|more (stories|news|articles) from .*|more from .*|more( \S+){0,3} (stories|news|articles|videos|coverage)|trending( now| stories)?|popular( now| stories| articles)?|editor'?s (picks|choice)|around the web|from around the web|from the web|promoted stories|sponsored stories|latest (stories|news|articles|videos)|artigos relacionados|posts relacionados|matérias relacionadas|artículos relacionados|notas relacionadas|articoli correlati|articles similaires|articles liés|ähnliche artikel|verwandte artikel|похожие статьи|по теме|next up( in .*)?|more in .*|up next|what's next|about the author|about the authors|about me|about us|über den autor|über die autorin|à propos de l'auteur|sobre o autor|sobre el autor|l'autore|weitere artikel|mehr zum thema|mehr aus .*|das könnte sie auch interessieren|meistgelesen|meist gelesen|sur le même sujet|potrebbe interessarti|noticias relacionadas)$";

    private const string InlineMarkerPattern = @"^(read (more|next|also)|see also|also read|related|lesen sie auch|lesen sie mehr|auch interessant|à lire aussi|lire aussi|leggi anche|leggi anche|ver también|te puede interesar|leia também|читайте также|смотрите также)$";

    private const string CommentHeadingPattern = @"^((top|most|best|all|latest|newest|recent|readers?'?|user|your|show|view|hide|load|see|add|post|\d+)( rated| liked| recent| more| all| \d+)? )?(comments?|replies|responses|kommentare|commentaires|commenti|comentarios)( \(\d+\)| \d+)?$|^(reply|antworten|répondre|rispondi|responder|discussion|discuss|diskussion|leserkommentare)$";

    private const string InlinePromoPattern = @"^(also on [\w.-]+|read more|read also|also read|read next|related|related posts?|related articles?|related stories|related content|see also|more|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|leggi anche|ver también|leia também|читайте также|watch|listen|recommended|siehe auch|sponsored|promoted|advertisement|anzeige|werbung|partner content|paid (post|content))\s*[:|>»›]";

    private const string AuthorBioPattern = @"^(\p{Lu}[\p{L}'.-]+ ){1,3}(is|was|has been) (a|an|the) ((freelance|staff|senior|contributing|award-winning|former|deputy|chief|associate|political|business|science|technology|tech|sports?|news|foreign|digital|corporate|media|investigative|national|entertainment|health|features|managing|assistant|general|breaking news|\w+) ){0,3}(reporter|writer|journalist|correspondent|editor|columnist|contributor|author|producer|blogger|critic)\b";

    private const string CommentPattern = @"leave a (comment|reply)|\bno comments( yet)?\b|deixe (uma resposta|um comentário|seu comentário)|deja (una respuesta|un comentario)|lascia (una risposta|un commento)|laisser (une réponse|un commentaire)|hinterlasse einen kommentar|schreibe einen kommentar|endereço de e-mail não será publicado|dirección de correo electrónico no será publicada|indirizzo email non sarà pubblicato|adresse (e-mail|de messagerie) ne sera pas publiée|e-mail-adresse wird nicht veröffentlicht|^(\d+ )?(comments?|responses?|replies|reply)$|^comments? \(\d+\)$|save my name,? email|notify me (of|via|when)|your email address will not be published|required fields are marked|akismet|^(show|hide|view|load) (\d+ )?(more )?(comments|replies)|^(reply|antworten|répondre|rispondi|responder)$|post a comment|add (a|your) comment|join the (conversation|discussion)|comments? (are|is) (closed|disabled)|be the first to comment|^\d+ comments?$|^comments? \(\d+\)$|^(show|view|read|see) (all )?(\d+ )?comments|you must be (logged in|registered)|log ?in to (comment|reply)|sign in to comment|kommentar schreiben|kommentare anzeigen|laisser un commentaire|lascia un commento|deja un comentario|deixe um comentário|^\d+ (responses|replies)$";

    private const string NewsletterPattern = @"\bnewsletter|\bnews alerts\b|delivered (to you )?(daily|weekly|weekday|every)|\byour inbox\b|^([\w-]+ ){0,2}(e-?mails|alerts)$|\bopt-in\b|\bunsubscribe\b|\bno spam\b|stay (up to date|updated|informed|in touch) with|^subscribe\b|successfully subscribed|succesfully subscribed|activation link|\bsign up\b.{0,40}\b(email|inbox|updates|alerts)\b|sign up (for|to) (our|the)|subscribe (to|for) (our|the)|get (our|the) (best|latest|top) .* (in|to) your inbox|delivered to your inbox|\binbox\b.*\b(daily|weekly)|abonnieren sie|jetzt abonnieren|inscrivez-vous|iscriviti alla";

    private const string SiteNoticePattern = @"^try (our|the) new|^follow\b.{0,60}\bon (facebook|twitter|instagram|linkedin|youtube)|^\(?(reporting|additional reporting|writing|editing|compiled|produced|translated) by\b|tell us what you think|^(follow|like) us on|\bclick(ing)? here\b|^(download|get) (our|the) app|^(read|view) (this|the) (story|article) in|^this (article|story) (is|was) (more than|over) \d+ (years?|months?) old|^(image|photo|video) (unavailable|not available)|^(advertisement|anzeige|werbung)\b|^(watch|listen)( now)?:|^(media playback is|playback is) (not )?(unsupported|supported)";

    private static readonly FrozenSet<string> ShareWords = new[]
    {
        "share", "shares", "share this", "share this article", "share this story", "share this page", "share article",
        "share on facebook", "share on twitter", "share via email", "tweet", "email", "e-mail", "print", "facebook",
        "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "flipboard", "tumblr", "telegram",
        "copy link", "copy", "save", "link", "mail", "teilen", "drucken", "partager", "compartir", "condividi",
        "instagram", "youtube", "rss", "rss feed", "x", "sms", "comment", "google+", "gmail", "save article",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NavigationWords = new[]
    {
        "home", "menu", "search", "sign in", "log in", "login", "sign up", "register", "subscribe", "subscribe now",
        "skip to content", "skip to main content", "skip to navigation", "jump to navigation", "back to top", "close",
        "next", "previous", "prev", "next article", "previous article", "next story", "previous story", "read more",
        "show more", "load more", "see more", "view more", "more", "related", "topics", "tags", "newsletter",
        "newsletters", "comments", "advertisement", "advertising", "sponsored", "sponsored content", "anzeige",
        "werbung", "publicité", "publicidad", "pubblicità", "privacy", "privacy policy", "terms", "terms of use",
        "terms of service", "terms and conditions", "cookie policy", "cookies", "contact", "contact us", "about",
        "about us", "help", "faq", "sitemap", "site map", "accessibility", "careers", "jobs", "advertise",
        "impressum", "datenschutz", "kontakt", "startseite", "suche", "anmelden", "abmelden", "mehr", "weiter",
        "zurück", "take me there", "learn more", "watch", "listen", "video", "videos", "photos", "gallery",
        "latest", "news", "world", "business",
        "sport", "sports", "politics", "opinion", "culture", "technology", "tech", "science", "health", "lifestyle",
        "entertainment", "travel", "weather", "live", "breaking news", "follow us", "connect with us", "share this:",
        "like this:", "loading...", "loading", "advertisement - scroll to continue", "scroll to continue",
        "continue reading", "continue reading below", "story continues below", "article continues below", "previous post", "next post", "older post", "newer post", "older posts", "newer posts", "reply", "replies", "advert", "adverts", "quick links", "useful links", "more info", "no thanks", "report", "like", "likes", "ok", "accept", "i agree", "got it", "open menu", "close menu", "toggle navigation",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words without which none of the footer and notice patterns can match: most prose lines skip them all.</summary>
    private static readonly TriggerWords NoticeTriggers = new(
        [
            "©", "copyright", "(c)", "rights reserved", "rechte vorbehalten", "droits réservés", "derechos reservados", "diritti riservati",
            "права защищены", "browser", "javascript", "style sheets", "cookie", "trademark", "information", "by using this", "intended to",
            "evaluated by", "purposes only", "part of", "commission", "you agree", "required", "optional", "affiliate", "constitute", "agreement", "acceptance", "reproduced",
            "permission", "privacy", "impressum", "datenschutz", "mentions légales", "aviso legal", "note legali", "nutzungsbedingungen",
        ]);

    /// <summary>Words one of which starts every inline promo, author bio or site notice (looked for near the line start).</summary>
    private static readonly TriggerWords LeadingTriggers = new(
        [
            "read", "also", "related", "see ", "more", "lesen", "mehr", "auch", "lire", "leggi", "ver ", "leia", "читайте", "watch",
            "listen", "recommended", "siehe", "sponsored", "promoted", "advertisement", "anzeige", "werbung", "partner", "paid",
            " is ", " was ", " has been ", "try ", "tell us", "follow", "like us", "click", "download", "get ", "this article",
            "this story", "image", "photo", "video", "media", "playback", "clicking", "here", "reporting", "writing", "editing", "compiled", "produced", "translated",
        ]);

    /// <summary>Words without which no comment prompt or newsletter box can match.</summary>
    private static readonly TriggerWords InlineTriggers = new(
        [
            "comment", "repl", "respon", "akismet", "notify", "email address", "required fields", "logged in", "log in", "login", "sign in",
            "kommentar", "commentaire", "commento", "comentario", "comentário", "deixe", "deja", "lascia", "laisser", "hinterlasse",
            "schreibe", "e-mail", "correo", "indirizzo", "adresse", "conversation", "discussion", "newsletter", "opt-in", "subscri",
            "spam", "stay ", "activation", "sign up", "inbox", "abonn", "inscri", "iscriviti", "antwort", "respond", "rispondi", "alerts",
            "delivered", "mails",
        ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareLookup =
        ShareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NavigationLookup =
        NavigationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A comment heading, count or reply link ("38 Comments", "Reply", "Kommentare (3)"), whichever marker
    /// <see cref="Classify"/> gave it (short ones read as navigation too).
    /// </summary>
    public static bool IsCommentHeading(ReadOnlySpan<char> line) => line.Length <= 60 && CommentHeadingRegex().IsMatch(TrimDecoration(line));

    /// <summary>
    /// Why <paramref name="line"/> is boilerplate by its wording alone, or null. End markers are
    /// reported as <see cref="EndMarker"/>; the caller decides whether they end the article.
    /// </summary>
    public static string? Classify(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words <= 6 && line.Length <= 60)
        {
            var core = TrimDecoration(line);
            if (core.Length == 0)
            {
                return Navigation;
            }

            if (ShareLookup.Contains(core))
            {
                return ShareBar;
            }

            if (NavigationLookup.Contains(core))
            {
                return Navigation;
            }

            if (AnyShortMarkerRegex().IsMatch(core))
            {
                return CommentHeadingRegex().IsMatch(core) ? CommentPrompt
                    : EndMarkerRegex().IsMatch(core) ? EndMarker
                    : RelatedLinks;
            }
        }

        if (line.Length > 600)
        {
            return null;
        }

        if (NoticeTriggers.Occur(line))
        {
            if (MediaCreditRegex().IsMatch(line))
            {
                return null; // "Image copyright Getty Images" credits a picture: a caption, not the footer
            }

            // A bare "© Jane Doe" under a picture is a credit (a caption), not the site's footer.
            if (CopyrightRegex().IsMatch(line) || (line.Contains('©') && (line.Length > 40 || line.IndexOfAnyInRange('0', '9') >= 0)))
            {
                return Copyright;
            }

            if (BrowserRegex().IsMatch(line))
            {
                return BrowserNotice;
            }

            if (CookieRegex().IsMatch(line))
            {
                return CookieNotice;
            }

            if (LegalRegex().IsMatch(line))
            {
                return Legal;
            }
        }

        if (features.Words > 40)
        {
            return null;
        }

        // Cheap keyword checks first: most lines contain none of the words these patterns need.
        var head = line[..Math.Min(line.Length, 48)];
        if (LeadingTriggers.Occur(head) && AnyLeadingNoticeRegex().IsMatch(line))
        {
            if (features.Words <= 30 && InlinePromoRegex().IsMatch(line))
            {
                return InlinePromo;
            }

            if (AuthorBioRegex().IsMatch(line))
            {
                return AuthorBio;
            }

            if (features.Words <= 30 && SiteNoticeRegex().IsMatch(line))
            {
                return SiteNotice;
            }
        }

        if (features.Words <= 30 && InlineTriggers.Occur(line) && AnyInlineNoticeRegex().IsMatch(line))
        {
            return CommentRegex().IsMatch(line) ? CommentPrompt : Newsletter;
        }

        return null;
    }

    /// <summary>Whether the line is a heading that introduces the publisher's topic links ("More on this story", "Topics").</summary>
    public static bool IsTopicHeading(ReadOnlySpan<char> line) => line.Length <= 40 && TopicHeadingRegex().IsMatch(TrimDecoration(line));

    /// <summary>Strips bullets, arrows, counters and trailing colons around a short marker.</summary>
    public static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && IsDecoration(line[start]))
        {
            start++;
        }

        while (end > start && (IsDecoration(line[end - 1]) || line[end - 1] is ':' or '.'))
        {
            end--;
        }

        return line[start..end];
    }

    private static bool IsDecoration(char c) =>
        c is ' ' or '•' or '·' or '|' or '>' or '<' or '»' or '«' or '›' or '‹' or '→' or '←' or '▶' or '►' or '+' or '-' or '–' or '—' or '*' or '#' or '(' or ')' or '[' or ']'
        || char.IsAsciiDigit(c) || char.IsSymbol(c);

    [GeneratedRegex(EndMarkerPattern, Options)]
    private static partial Regex EndMarkerRegex();

    [GeneratedRegex(InlineMarkerPattern, Options)]
    private static partial Regex InlineMarkerRegex();

    [GeneratedRegex(InlinePromoPattern, Options)]
    private static partial Regex InlinePromoRegex();

    [GeneratedRegex(
        @"^(more on this (story|topic)|related (topics|tags)|topics|tags|tagged|tagged with|tags?:.*|filed under|mehr zum thema|themen|schlagwörter|schlagworte|sujets|temas|argomenti)$",
        Options)]
    private static partial Regex TopicHeadingRegex();

    [GeneratedRegex(@"\bcopyright\b|\(c\) ?(19|20)\d\d|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|все права защищены", Options)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(@"upgrad\w* (your|to a) \w*( \w+)? ?browser|(up-to-date|modern|newer|supported|latest version of your) (web )?browser|enabl\w* javascript|javascript (is )?(disabled|required|turned off)|requires javascript|needs javascript|style sheets \(css\)|your browser (does not|doesn't|is not|is out)|outdated browser|browser is no longer supported", Options)]
    private static partial Regex BrowserRegex();

    [GeneratedRegex(@"\bcookies?\b.*\b(website|site|browsing|consent|accept|policy|settings|experience|einwilligung|akzeptieren|datenschutz|zustimm|navigation|continu|agree)|\b(we|this site|this website|wir) (use|uses|verwenden|nutzen) cookies", Options)]
    private static partial Regex CookieRegex();

    [GeneratedRegex(CommentHeadingPattern, Options)]
    private static partial Regex CommentHeadingRegex();

    [GeneratedRegex(@"^(image|photo|picture|media|video|foto|bild)s? ?(copyright|source|caption|credit|rights)|^(image|photo|foto|bild):? ?©", Options)]
    private static partial Regex MediaCreditRegex();

    [GeneratedRegex(AuthorBioPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBioRegex();

    [GeneratedRegex(@"registered trademarks?|\bis (a )?part of\b.{0,60}\b(media group|publishing|publisher|media company|network of)\b|by (signing|clicking|subscribing|registering)\b.{0,40}\byou agree|^[\w -]{1,20}\((required|optional)\)\s?\*?$|\bare trademarks of|trademarks? of\b.*\b(inc|llc|ltd|corporation)\b|information (provided|contained) (on|in) this (website|site)|by using this (website|site)|(is|are) not intended to (diagnose|treat|cure)|not been evaluated by the|for (general )?(informational|educational|information) purposes only|(we|may) (earn|receive) (a )?(small )?(affiliate )?commission|affiliate\b.{0,30}\blinks?\b|user agreement|constitutes acceptance|may not be reproduced|without (the )?(prior )?written permission|does not constitute (medical|legal|financial|investment) advice|terms (of use|of service|and conditions) and privacy policy|privacy policy and terms|^(impressum|datenschutzerklärung|nutzungsbedingungen|mentions légales|aviso legal|note legali)$", Options)]
    private static partial Regex LegalRegex();

    [GeneratedRegex(CommentPattern, Options)]
    private static partial Regex CommentRegex();

    [GeneratedRegex(NewsletterPattern, Options)]
    private static partial Regex NewsletterRegex();

    [GeneratedRegex(SiteNoticePattern, Options)]
    private static partial Regex SiteNoticeRegex();

    [GeneratedRegex(EndMarkerPattern + "|" + InlineMarkerPattern + "|" + CommentHeadingPattern, Options)]
    private static partial Regex AnyShortMarkerRegex();

    [GeneratedRegex(InlinePromoPattern + "|" + AuthorBioPattern + "|" + SiteNoticePattern, Options)]
    private static partial Regex AnyLeadingNoticeRegex();

    [GeneratedRegex(CommentPattern + "|" + NewsletterPattern, Options)]
    private static partial Regex AnyInlineNoticeRegex();
}
