using Archive.Core.Normalization.Text;

namespace Archive.Core.Tests.Normalization.Text;

public sealed class LinePatternsTests
{
    [Theory]
    [InlineData("Copyright © 2015 BBC. The BBC is not responsible for the content of external sites.", "BBC")]
    [InlineData("© 2005-2019 Northern Weekly, All Rights Reserved.", "Northern Weekly")]
    [InlineData("© 2021 Seebote. Alle Rechte vorbehalten.", "Seebote")]
    [InlineData("All rights reserved.", null)]
    public void Copyright_line_names_the_publisher(string line, string? holder)
    {
        Assert.Equal(holder, LinePatterns.CopyrightHolder(line));
    }

    [Theory]
    [InlineData("John Kerry: \"No decisions about Ukraine without Ukraine\"", true)]
    [InlineData("Mr Kerry told a news conference in Paris: \"We will not accept it.\"", false)]
    public void Speaker_and_unfinished_quotation_is_a_video_caption(string line, bool caption)
    {
        Assert.Equal(caption, LinePatterns.IsSpeakerCaption(line, LineFeatures.Of(line)));
    }

    [Theory]
    [InlineData("Copyright © 2015 BBC.", "copyright")]
    [InlineData("Please consider upgrading your browser software or enabling style sheets (CSS).", "browser notice")]
    [InlineData("We use cookies to improve your experience on our website.", "cookie notice")]
    [InlineData("More on This Story", "end marker")]
    [InlineData("Top stories", "end marker")]
    [InlineData("Leave a comment", "comment prompt")]
    [InlineData("Sign up for our newsletter", "newsletter")]
    [InlineData("Mr Lavrov has categorically denied any plans for an invasion.", null)]
    public void Marker_phrases_are_classified(string line, string? reason)
    {
        Assert.Equal(reason, BoilerplateMarkers.Classify(line, LineFeatures.Of(line)));
    }
}
