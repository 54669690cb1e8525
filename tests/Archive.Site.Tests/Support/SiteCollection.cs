namespace Archive.Site.Tests.Support;

/// <summary>All site checks share the built sites and run one after another (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<BuiltSites>
{
    public const string Name = "Built sites";
}
