using System.Collections.Frozen;

namespace Archive.Core.Normalization.Text;

/// <summary>
/// Function words of the languages captures come in (English and German first, then other common
/// European languages). Prose is dense in them; navigation, promo rails and headings are not.
/// </summary>
internal static class StopWords
{
    private const string English =
        "a about above after again against all am an and any are as at be because been before being below between both but by " +
        "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
        "himself his how i if in into is it its itself just me more most my no nor not now of off on once only or other our " +
        "ours out over own same she should so some such than that the their theirs them then there these they this those " +
        "through to too under until up very was we were what when where which while who whom why will with would you your " +
        "said says also may might must shall us last since still though yet";

    private const string German =
        "aber alle allem allen aller als also am an auch auf aus bei beim bin bis bist da damit dann das dass dem den denn der " +
        "des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas " +
        "für gegen hat hatte hätte haben ich ihm ihn ihr ihre im in ist ja jedoch jetzt kann kein keine können man mehr mit " +
        "muss nach nicht noch nun nur ob oder ohne schon sehr sein seine sich sie sind so soll sollen sowie über um und uns " +
        "unter vom von vor war waren was weil wenn werden wie wieder will wir wird wurde wurden zu zum zur zwischen";

    private const string French =
        "au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais ne nous on ou par pas pour " +
        "qu que qui sa se ses son sont sur un une été être avait ont plus comme fait";

    private const string Spanish =
        "al como con del el ella ellos en es esta este fue ha hay la las lo los más no para pero por que se sin sobre su sus " +
        "una uno y ya entre cuando también";

    private const string Italian =
        "alla alle anche che chi come con dal dalla degli dei del della delle di gli il la le lo ma nel nella non per più " +
        "questo sono su tra una uno è ed gli anni";

    private const string Portuguese =
        "ao aos com como da das do dos ela ele em era foi isso mais mas na nas no nos não os para pela pelo por qual quando " +
        "se sem seu sua são também um uma";

    private const string Dutch =
        "aan al bij dat de die dit door een en er het hij hoe in is maar met naar niet nog of om ook op over te tot uit van " +
        "voor was werd wordt zijn ze zich";

    private const string Russian =
        "а без бы был была были было в вам вас во вот все всё вы где да для до его ее её если есть еще ещё же за и из или им " +
        "их к как когда кто ли мы на над не нет но о об он она они оно от по под при с так также там то только у уже что " +
        "чтобы это этот я";

    private static readonly FrozenSet<string> Words = Build();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (any case) is a function word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 12 && Lookup.Contains(word);

    private static FrozenSet<string> Build()
    {
        var all = string.Join(' ', English, German, French, Spanish, Italian, Portuguese, Dutch, Russian);
        return all.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
