using Archive.Core.Analysis.Entities.Resolution;
using Archive.Core.Model;

namespace Archive.Core.Tests.Analysis.Entities;

public sealed class NameBreaksTests
{
    private static List<string> Split(string text, EntityKind kind = EntityKind.Organisation) =>
        NameBreaks.Split(new EntitySpan(text.Split(' '), kind)).Select(s => s.Text).ToList();

    [Fact]
    public void A_credit_joined_by_via_is_two_names()
    {
        Assert.Equal(["Harbour Pictures", "Northwind Images"], Split("Harbour Pictures via Northwind Images"));
    }

    [Fact]
    public void An_ellipsis_cuts_a_span_in_two()
    {
        Assert.Equal(["Carrow Rovers", "Bright"], Split("Carrow Rovers… Bright"));
        Assert.Equal(["Carrow Rovers", "Bright"], Split("Carrow Rovers ... Bright"));
    }

    [Fact]
    public void A_capitalised_and_between_words_marks_a_title_cased_line_and_the_span_is_dropped()
    {
        Assert.Empty(Split("Jana Novak And Marchers"));
        Assert.Empty(Split("Tea Or Coffee Club"));
    }

    [Fact]
    public void Names_without_a_break_are_kept_whole()
    {
        Assert.Equal(["Food and Drug Administration"], Split("Food and Drug Administration"));
        Assert.Equal(["BREAD AND ROSES"], Split("BREAD AND ROSES"));
        Assert.Equal(["Via Rail"], Split("Via Rail"));
    }
}
