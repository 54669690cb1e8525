namespace Archive.Core.Synthetic;

/// <summary>An invented person: full name, the honorific used for later mentions ("Ms Strand") and a role.</summary>
internal sealed record SyntheticPerson(string Name, string Honorific, string Role)
{
    public string Surname { get; } = Name[(Name.LastIndexOf(' ') + 1)..];

    public string ShortName => Honorific + " " + Surname;
}
