using Archive.Core.Analysis.Entities.Gazetteers;

namespace Archive.Core.Analysis.Entities.Resolution;

/// <summary>
/// Word lists for resolving mentions: titles and honorifics stripped from names, words that are never
/// entities on their own (weekdays, months, sentence adverbs, function words) and demonyms
/// ("Russian", "Ukrainians"), which are not places; acronyms of common nouns ("CEO", "TV"), greetings ("Hi"), jobs that
/// name a post ("Officer") and nouns only organisations end with ("Federation").
/// Comparisons ignore case (not for acronyms) and a trailing period.
/// </summary>
internal static class EntityWords
{
    private static readonly Lazy<HashSet<string>> s_demonyms = new(() =>
        new HashSet<string>(EmbeddedText.Lines("demonyms.txt"), StringComparer.OrdinalIgnoreCase));

    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "fr", "father", "president", "vice-president", "vice", "prime", "premier", "minister", "secretary",
        "secretary-general", "chancellor", "senator", "sen", "rep", "representative", "congressman",
        "congresswoman", "governor", "gov", "mayor", "general", "gen", "lt", "lieutenant", "col", "colonel", "maj",
        "major", "capt", "captain", "admiral", "adm", "sgt", "sergeant", "commander", "king", "queen", "prince",
        "princess", "pope", "archbishop", "bishop", "cardinal", "sheikh", "judge", "justice", "ambassador",
        "chairman", "chairwoman", "chief", "executive", "commissioner", "speaker", "leader", "deputy", "foreign",
        "defence", "defense", "finance", "interior", "home", "state", "of", "the", "former", "acting", "coach",
        "striker", "midfielder", "goalkeeper", "defender", "correspondent", "editor", "spokesman", "spokeswoman",
    };

    // Titles that only ever come before a person's name (not "General", as in General Motors, nor "King", as in King's College).
    private static readonly HashSet<string> s_personalTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "senator", "sen", "rep", "congressman", "congresswoman",
        "president", "gov", "governor", "pope", "rev", "reverend",
    };

    // Words that may only appear inside a title, never begin one ("of" in "Secretary of State").
    private static readonly HashSet<string> s_titleInner = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "state" };

    private static readonly HashSet<string> s_never = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "meanwhile", "however", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed",
        "but", "and", "or", "nor", "so", "yet", "the", "a", "an", "this", "that", "these", "those", "there", "here",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
        "in", "on", "at", "for", "with", "from", "by", "as", "of", "to", "into", "if", "when", "while", "after",
        "before", "although", "though", "also", "then", "now", "today", "yesterday", "tomorrow", "earlier", "later",
        "despite", "during", "since", "until", "what", "who", "why", "how", "where", "which", "no", "yes", "not",
        "all", "some", "many", "most", "more", "other", "others", "one", "two", "three", "first", "last", "next",
        "because", "within", "without", "through", "against", "among", "between", "via", "unlike", "whether",
        "breaking", "update", "updated", "read", "more", "share", "video", "photo", "copyright", "advertisement",
    };

    // Acronyms of common nouns, capitalised in every text but naming no one organisation: by kind of thing, each kind
    // listed as a whole from general knowledge (not only the acronyms some page showed). Not those that also name
    // an organisation ("ETA", "CMS", "BMI", "BP", "ICE", "AMA").
    private static readonly HashSet<string> s_commonAcronyms = new(StringComparer.Ordinal)
    {
        "AI", "PC", "CEO", "CFO", "COO", "CTO", "TV", "GDP", "DNA", "PR", "HR", "IT", "VR", "AR", "UI", "API", "URL",
        "PDF", "USB", "LED", "FAQ", "DIY", "ID", "OK", "PM", "AM", "SUV", "EV", "GPS", "IPO", "ETF", "VPN", "HD", "CPU",
        "GPU", "SSD", "RAM", "SMS", "PIN", "ATM", "NFT", "MVP", "RSVP", "ASAP", "FYI", "DJ", "MC", "VIP", "HQ", "OS",
        "APP", "WIFI", "LGBT", "LGBTQ", "COVID", "HIV", "AIDS", "ICU", "MRI", "PhD", "MBA", "CV", "TBA", "TBD",
        // Time zones.
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
        "AKST", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "IST",
        // Formats, protocols and computing terms.
        "HTML", "HTTP", "HTTPS", "CSS", "JSON", "XML", "RSS", "SQL", "DNS", "FTP", "SSH", "SSL", "TLS", "PNG", "JPEG",
        "JPG", "GIF", "CSV", "SDK", "IDE", "CLI", "GUI", "SEO", "ISP", "IP", "LAN", "WAN", "LTE", "NFC", "RFID",
        "HDMI", "OLED", "LCD", "HDR", "RGB", "FPS", "RPG", "MMORPG", "VOD", "OTT", "DRM", "CDN", "VPS", "OCR", "QR",
        // Business and finance.
        "EBITDA", "ROI", "KPI", "CRM", "ERP", "AGM", "EPS", "GST", "VAT", "ESG", "SME", "SMB", "FDI", "CPI", "YOY",
        // Medicine.
        "PTSD", "ADHD", "OCD", "ECG", "EKG", "EEG", "PPE", "IVF", "STD", "STI", "UTI", "CBD", "THC", "COPD", "PCR",
        // Vehicles and units.
        "AWD", "FWD", "RWD", "MPG", "MPH", "KPH", "PHEV",
        // Chat and notes.
        "LOL", "OMG", "BTW", "IMO", "IMHO", "FOMO", "ICYMI", "DM", "POV", "TLDR", "RIP", "TBC", "DOB",
        // Police and courts (South Asian English): a First Information Report, a Public Interest Litigation.
        "FIR", "PIL",
    };

    // Greetings that open a letter or a comment ("Hi John", "Dear Ms Smith"): never part of the name.
    private static readonly HashSet<string> s_greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "dear", "thanks", "thank", "welcome", "congratulations", "congrats", "cheers", "bye", "goodbye",
    };

    // Words that open a sentence or clause and never a name, so a capitalised one glued to a name is cut off ("Because Google").
    private static readonly HashSet<string> s_openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "within", "without", "through", "against", "among", "between", "via", "unlike", "whether", "while",
        "although", "though", "despite", "during", "since", "until", "if", "when", "after", "before", "meanwhile",
        "however", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "but", "and", "or",
        "so", "yet", "also", "then", "now", "today", "yesterday", "in", "on", "at", "for", "with", "from", "by", "as",
        "of", "to", "into", "this", "that", "these", "those", "unless", "whereas",
        // A page's buttons and links: "Follow The Daily Planet on Twitter", "Subscribe Northwind Times".
        "follow", "subscribe", "share", "download", "listen", "watch", "read", "join", "contact", "click", "tap",
    };

    // Roles people hold in an organisation, besides the titles above ("Founder of Acme", "CEO of Acme").
    private static readonly HashSet<string> s_roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "founder", "co-founder", "cofounder", "owner", "co-owner", "head", "director", "member", "members", "ceo", "cfo",
        "coo", "cto", "chair", "partner", "employee", "employees", "staff", "officer", "manager", "principal", "dean",
        "provost", "trustee", "fellow", "professor", "researcher", "president", "vice-president",
        "spokesperson", "councilor", "councillor", "councilman", "councilwoman", "alderman", "commissioner", "superintendent",
    };

    // Nouns that end an organisation's name and no place's or person's ("International Tennis Federation", "Kennan
    // Institute"). Not "Bank", "Union", "Centre", "Office" or "Court": West Bank, Soviet Union, a trade centre, the Oval
    // Office and a food court are places.
    private static readonly HashSet<string> s_organisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "federation", "association", "institute", "institution", "university", "company", "corporation", "corp",
        "inc", "ltd", "llc", "plc", "gmbh", "council", "committee", "commission", "party", "agency", "foundation",
        "society", "ministry", "department", "organisation", "organization", "authority", "bureau", "academy", "fund",
        "club",
    };

    /// <summary>A noun that ends organisations' names only ("Federation", "Institute", "Inc.").</summary>
    public static bool IsOrganisationHead(string word) => s_organisationHeads.Contains(Trim(word));

    // Nouns that end places' names ("Santa Clara County", "Amber Valley", "Apple Valley Road"), never organisations' or
    // people's. Not "Bay", "State" or "City" (teams and universities: "Tampa Bay", "Penn State", "Manchester City").
    private static readonly HashSet<string> s_placeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "county", "province", "island", "islands", "valley", "mountain", "mountains", "road", "avenue", "boulevard", "peninsula",
        "canyon", "drive", "parkway", "highway", "square", "street", "lake", "river",
    };

    // Of those, the ones that are surnames too ("Picabo Street", "Ricki Lake", "Joan River"): they end people's names.
    private static readonly HashSet<string> s_placeHeadsAlsoSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "lake", "river",
    };

    /// <summary>A noun that ends places' names only ("County", "Valley"); for a person's name, not one that is a surname too.</summary>
    public static bool IsPlaceHead(string word, bool ofPerson) =>
        s_placeHeads.Contains(Trim(word)) && !(ofPerson && s_placeHeadsAlsoSurnames.Contains(Trim(word)));

    // Words that end the names of products' models and editions, never of organisations, people or places: "AirPods Pro",
    // "Mavic Mini", "Chromecast Ultra", "Desktop Pro Edition", "Watch Series". Not "Plus" ("Canal Plus" is a broadcaster)
    // and not numbers ("Channel 4"), nor "Max", a surname too ("Peter Max"). With them, the words that say what kind of
    // software a name is, last in it: an operating system ("... Linux", "... OS"), a server, a desktop program or a
    // plug-in ("Zentrix Linux", "Tessel OS", "Harbour Server"). A company names itself otherwise ("Linux Foundation").
    private static readonly HashSet<string> s_productLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "pro", "pros", "mini", "ultra", "lite", "edition", "series", "version", "beta",
        "linux", "os", "server", "desktop", "plug-in", "plugin",
    };

    /// <summary>A word that ends a product's name only ("Pro", "Mini", "Edition").</summary>
    public static bool IsProductLine(string word) => s_productLines.Contains(Trim(word));

    // Jobs a name can end with when it names the post rather than someone ("Chief Medical Officer"). Not titles that
    // are also surnames or words of names ("King", "Major", "Leader", "Judge").
    private static readonly HashSet<string> s_posts = new(StringComparer.OrdinalIgnoreCase)
    {
        "officer", "editor", "manager", "director", "secretary", "adviser", "advisor", "minister", "spokesperson",
        "spokesman", "spokeswoman", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "president",
        "vice-president", "chairman", "chairwoman", "chairperson", "mp", "mep", "msp", "correspondent", "commissioner",
        "governor", "mayor", "senator", "councillor", "councilor", "superintendent",
    };

    /// <summary>A job a name ends with when it names the post, not someone ("Officer", "MP", "Adviser").</summary>
    public static bool IsPost(string word) => s_posts.Contains(Trim(word));

    // The bodies every country, state or town has one of, and the words that only say at what level: a name made of
    // these alone ("Senate", "Supreme Court", "City Council") does not say whose, so across an archive it names many.
    // English words only. Not "bank" ("National Bank" is one bank in some countries), "army" or "navy" (also teams),
    // nor "the" among the levels ("The Police", a band).
    private static readonly HashSet<string> s_institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "congress", "senate", "parliament", "council", "commission", "court", "cabinet", "government", "ministry",
        "assembly", "house", "legislature", "administration", "department", "committee", "board", "authority", "agency",
        "police", "judiciary", "tribunal", "chamber", "municipality", "prefecture",
    };

    private static readonly HashSet<string> s_institutionLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "county", "town", "district", "national", "federal", "supreme", "high", "central", "constitutional",
        "municipal", "regional", "provincial", "upper", "lower", "general", "local", "of",
    };

    private static readonly HashSet<string> s_compassPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    };

    /// <summary>A point of the compass ("South", "north-east"): a name made of these alone does not say where.</summary>
    public static bool IsCompassPoint(string word) => s_compassPoints.Contains(Trim(word));

    /// <summary>A name made only of a kind of public body and its level ("Senate", "City Council", "Supreme Court").</summary>
    public static bool IsGenericInstitution(IReadOnlyList<string> words) =>
        words.Any(w => s_institutions.Contains(Trim(w)))
        && words.All(w => s_institutions.Contains(Trim(w)) || s_institutionLevels.Contains(Trim(w)));

    /// <summary>A title or a role someone holds in an organisation ("Chairman", "Founder", "CEO").</summary>
    public static bool IsRole(string word) => (s_titles.Contains(Trim(word)) && !s_titleInner.Contains(Trim(word))) || s_roles.Contains(Trim(word));

    public static bool IsOpener(string word) => s_openers.Contains(Trim(word));

    public static bool IsCommonAcronym(string word) => s_commonAcronyms.Contains(Trim(word));

    public static bool IsGreeting(string word) => s_greetings.Contains(Trim(word).TrimEnd(','));

    public static bool IsDemonym(string word)
    {
        var w = Trim(word);
        return s_demonyms.Value.Contains(w)
            || (w.Length > 2 && (w.EndsWith('s') || w.EndsWith('S')) && s_demonyms.Value.Contains(w[..^1]))
            || (w.Contains('-', StringComparison.Ordinal) && IsDemonym(w[(w.LastIndexOf('-') + 1)..]));
    }

    public static bool IsTitle(string word) => s_titles.Contains(Trim(word));

    public static bool IsPersonalTitle(string word) => s_personalTitles.Contains(Trim(word));

    public static bool CanOpenTitle(string word) => IsTitle(word) && !s_titleInner.Contains(Trim(word));

    public static bool IsNeverAnEntity(string word) => s_never.Contains(Trim(word));

    private static string Trim(string word) => word.EndsWith('.') ? word[..^1] : word;
}
