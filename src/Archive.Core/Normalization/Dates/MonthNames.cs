using System.Collections.Frozen;

namespace Archive.Core.Normalization.Dates;

/// <summary>
/// Month names and their common abbreviations in the languages news archives are written in,
/// keyed in lower case (invariant). Genitive forms (Slavic, Baltic) and Arabic/Levantine names included.
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] Table =
    [
        // English
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["", "", "", "", "", "", "", "", "sept", "", "", ""],
        // German (and Austrian "Jänner")
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["jänner", "feber", "maerz", "", "", "", "", "", "", "okt", "", "dez"],
        ["jän", "", "mär", "", "", "", "", "", "", "", "", ""],
        // French
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["janv", "févr", "", "avr", "", "", "juil", "aout", "", "", "", "déc"],
        ["", "fevrier", "", "", "", "", "", "", "", "", "", "decembre"],
        // Spanish
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"],
        // Italian
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        ["gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""],
        // Portuguese
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ["", "fev", "marco", "", "", "", "", "", "", "out", "", "dez"],
        // Dutch
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ["", "", "mrt", "", "", "", "", "", "", "", "", ""],
        // Swedish, Danish, Norwegian
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        // Polish (nominative and genitive)
        ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        // Czech and Slovak (genitive)
        ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
        ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"],
        // Croatian, Bosnian, Serbian (Latin)
        ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
        ["januar", "februar", "mart", "april", "maj", "juni", "juli", "august", "septembar", "oktobar", "novembar", "decembar"],
        ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra", "novembra", "decembra"],
        ["siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan", "listopad", "studeni", "prosinac"],
        ["", "", "", "", "", "", "", "", "", "", "studenog", ""],
        // Slovenian
        ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"],
        // Hungarian
        ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
        // Romanian
        ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
        // Finnish (partitive)
        ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
        // Turkish
        ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
        // Indonesian and Malay
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
        ["", "", "", "", "", "", "", "ogos", "", "", "", "disember"],
        // Albanian
        ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"],
        // Lithuanian (genitive) and Latvian
        ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
        ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"],
        // Russian (nominative and genitive)
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        // Ukrainian (nominative and genitive)
        ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        // Bulgarian and Serbian (Cyrillic)
        ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
        ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"],
        // Greek (genitive)
        ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
        // Armenian (genitive)
        ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"],
        // Arabic (Gregorian month names, Egyptian/Gulf and Levantine)
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        ["", "", "", "ابريل", "", "يونيه", "يوليه", "اغسطس", "", "اكتوبر", "", ""],
        ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
        // Persian (Gregorian month names)
        ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
        // Hindi
        ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
        ["", "फरवरी", "", "", "", "", "", "", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"],
        // Bengali
        ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
    ];

    /// <summary>Lower-case month name → month number (1–12).</summary>
    public static FrozenDictionary<string, int> ByName { get; } = Build();

    /// <summary>Every name, longest first, for building an alternation.</summary>
    public static IReadOnlyList<string> AllNames { get; } =
        [.. ByName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];

    /// <summary>Looks a month name up, ignoring case and a trailing abbreviation dot.</summary>
    public static int? Lookup(ReadOnlySpan<char> name)
    {
        var key = name.TrimEnd('.').ToString().ToLowerInvariant();
        return ByName.TryGetValue(key, out var month) ? month : null;
    }

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i].Length > 0)
                {
                    map.TryAdd(row[i], i + 1);
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
