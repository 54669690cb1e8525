using Archive.Core.Analysis.Stories;

namespace Archive.Core.Tests.Analysis.Stories;

public sealed class ShinglesTests
{
    [Fact]
    public void Case_punctuation_and_spacing_do_not_change_the_shingles() =>
        Assert.Equal(
            Shingles.Of("The minister said on Monday that talks would resume."),
            Shingles.Of("the  MINISTER said, on Monday - that talks\nwould resume"));

    [Fact]
    public void A_body_held_whole_in_a_longer_one_is_fully_contained()
    {
        var story = "The minister said on Monday that talks would resume next week in Geneva with both delegations present.";
        var page = "Home News Sport Weather. " + story + " Share this story. More on this story. Cookies policy and terms of use apply.";

        Assert.Equal(1.0, Shingles.Containment(Shingles.Of(story), Shingles.Of(page)));
    }

    [Fact]
    public void Unrelated_bodies_share_nothing() =>
        Assert.Equal(0.0, Shingles.Containment(
            Shingles.Of("The minister said on Monday that talks would resume next week."),
            Shingles.Of("Heavy rain flooded three villages in the valley overnight, officials reported.")));

    [Fact]
    public void Signatures_of_the_same_set_agree_and_of_disjoint_sets_do_not()
    {
        var a = Shingles.Of(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"alpha{i}")));
        var b = Shingles.Of(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"beta{i}")));

        Assert.Equal(1.0, MinHashSketch.Of(a)!.Similarity(MinHashSketch.Of(a)!));
        Assert.True(MinHashSketch.Of(a)!.Similarity(MinHashSketch.Of(b)!) < 0.1);
        Assert.Null(MinHashSketch.Of(new HashSet<ulong>()));
    }

    [Fact]
    public void Signature_agreement_estimates_jaccard_similarity()
    {
        // 300 shared words of 400 each: Jaccard of the shingle sets is about 297 / 503 = 0.59.
        var shared = Enumerable.Range(0, 300).Select(i => $"w{i}");
        var a = Shingles.Of(string.Join(' ', shared.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}"))));
        var b = Shingles.Of(string.Join(' ', shared.Concat(Enumerable.Range(0, 100).Select(i => $"b{i}"))));
        var exact = (double)a.Intersect(b).Count() / a.Union(b).Count();

        Assert.InRange(MinHashSketch.Of(a)!.Similarity(MinHashSketch.Of(b)!), exact - 0.15, exact + 0.15);
    }
}
