using Archive.Core.Normalization;
using Archive.Core.Normalization.Text;
using Archive.Core.Normalization.Text.Learning;

namespace Archive.Core.Tests.Normalization.Text;

/// <summary>
/// Prose in scripts whose sentences do not end with a Latin full stop (the Devanagari danda, the Arabic question mark,
/// the Urdu and Armenian full stops...) is prose: without its own script's stop a page's article reads as a list of
/// headlines, and a short poll or footer in English wins the body. Invented text.
/// </summary>
public sealed class SentenceStopTests
{
    /// <summary>A short Hindi report (three long paragraphs, each ending with a danda), then a poll and an English footer.</summary>
    private const string HindiReport = """
        होम
        राज्य
        देश
        खेल
        सिंचाई योजना से पांच सौ गांवों को मिलेगा पानी
        राज्य सरकार ने मंगलवार को किसानों के लिए एक नई सिंचाई योजना की घोषणा की, जिसके तहत अगले तीन वर्षों में पांच सौ गांवों तक नहरों का पानी पहुंचाया जाएगा और छोटे किसानों को पंप खरीदने के लिए आसान कर्ज भी दिया जाएगा।
        कृषि मंत्री ने संवाददाताओं से कहा कि इस योजना पर कुल मिलाकर बारह सौ करोड़ रुपये खर्च होंगे और पहला चरण अगले महीने से उन जिलों में शुरू होगा जहां पिछले दो वर्षों में बारिश सबसे कम हुई है।
        विपक्ष के नेताओं ने योजना का स्वागत किया, लेकिन यह भी कहा कि पिछली योजनाओं की तरह यह केवल कागजों तक सीमित नहीं रहनी चाहिए और सरकार को हर तीन महीने में इसकी प्रगति की रिपोर्ट सार्वजनिक करनी चाहिए।
        क्या नई सिंचाई योजना से किसानों की आय बढ़ेगी?
        हां नहीं
        About us	Our team	Careers	Advertise	Contact	Sitemap
        Copyright © 2024 Example Media Ltd. All rights reserved. Reproduction of any material on this site without written permission is prohibited, and the views expressed in reader comments are those of their authors alone.
        Prices and figures shown on this site may be delayed and are given for information only; please check them with a qualified adviser before you make any decision based on them, as mistakes can happen.
        """;

    [Theory]
    [InlineData("यह एक वाक्य है।")]
    [InlineData("यह दूसरा वाक्य है॥")]
    [InlineData("هل هذه جملة؟")]
    [InlineData("یہ ایک جملہ ہے۔")]
    [InlineData("Սա նախադասություն է։")]
    [InlineData("これは文です。")]
    public void A_line_ending_with_its_scripts_stop_ends_a_sentence(string line) =>
        Assert.True(LineFeatures.Of(line).EndsTerminal);

    [Theory]
    [InlineData("Top stories")]
    [InlineData("Read more »")]
    [InlineData("यह एक शीर्षक")]
    public void A_line_without_a_stop_does_not(string line) =>
        Assert.False(LineFeatures.Of(line).EndsTerminal);

    [Theory]
    [InlineData("วันนี้รัฐบาลประกาศแผนใหม่เพื่อช่วยเหลือเกษตรกรในภาคเหนือของประเทศ")]
    [InlineData("រដ្ឋាភិបាលបានប្រកាសផែនការថ្មីសម្រាប់កសិករនៅថ្ងៃនេះ។")]
    public void A_script_written_without_spaces_is_counted_by_the_character_not_as_one_word(string line)
    {
        var features = LineFeatures.Of(line);

        Assert.True(features.EffectiveWords >= 8, $"{features.EffectiveWords} words");
        Assert.True(Archive.Core.Text.Words.Count(line) > 1);
    }

    [Fact]
    public void Long_danda_lines_are_prose()
    {
        var line = "कृषि मंत्री ने संवाददाताओं से कहा कि इस योजना पर कुल मिलाकर बारह सौ करोड़ रुपये खर्च होंगे और पहला चरण अगले महीने से शुरू होगा।";
        Assert.True(ProseScorer.IsProse(LineFeatures.Of(line)));
    }

    [Theory]
    [InlineData("learnt")]
    [InlineData("rules")]
    public void The_article_in_hindi_is_the_body_and_not_the_poll_or_footer(string reader)
    {
        var textReader = reader == "learnt" ? new TextCaptureReader(TextLineModel.Embedded) : new TextCaptureReader();
        var article = textReader.Read(CaptureInput.FromText("hindi.txt", HindiReport), SourceRules.None).Article;

        Assert.Contains("पांच सौ गांवों तक नहरों का पानी", article.BodyText, StringComparison.Ordinal);
        Assert.Contains("प्रगति की रिपोर्ट सार्वजनिक", article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("qualified adviser", article.BodyText, StringComparison.Ordinal);
    }
}
