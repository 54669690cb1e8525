namespace Archive.Core.Model;

public enum EntityKind
{
    Person,
    Place,
    Organisation,
}
