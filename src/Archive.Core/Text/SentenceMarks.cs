namespace Archive.Core.Text;

/// <summary>
/// The marks that end a sentence in the scripts a news archive holds. Readers that take a line ending in "." for prose
/// and one without for a label or a headline need them all: without its own script's stop, a Hindi or Armenian
/// article reads as a list of headlines.
/// </summary>
public static class SentenceMarks
{
    /// <summary>
    /// A full stop, question or exclamation mark: the Latin ones; the ideographic, full-width and half-width stops;
    /// the Devanagari danda and double danda (Hindi, Marathi, Nepali); the Arabic question mark and the Urdu full stop;
    /// the Armenian full stop; the Ethiopic full stop and question mark; the Myanmar and Khmer full stops; the Tibetan
    /// shad. Not the ellipsis, colon or semicolon, which a label or a list's lead-in ends with too.
    /// </summary>
    public static bool IsStop(char c) =>
        c is '.' or '!' or '?'
            or '。' or '！' or '？' or '．' or '｡'
            or '\u0964' or '\u0965' or '\u061F' or '\u06D4' or '\u0589' or '\u1362' or '\u1367' or '\u104B' or '\u17D4' or '\u0F0D';
}
