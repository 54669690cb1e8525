namespace Archive.Core.Tests.Support;

/// <summary>Small saved article pages written for tests: a title and paragraphs long enough for the HTML reader's content scorer.</summary>
internal static class ArticlePage
{
    public static string Html(string title, string topic, string? head = null, string? figure = null) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><title>{{title}}</title>{{head}}</head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>{{title}}</h1>
        {{figure}}
        <p>Councillors in the town voted on Tuesday on {{topic}}, ending a campaign that had run for more than two years and drawn crowds to every meeting.</p>
        <p>The decision about {{topic}} was taken after engineers reported that the work could no longer be delayed without risk to the public and to the budget.</p>
        <p>Local residents said they were relieved by the outcome and would keep watching how the council spends the money it has set aside for {{topic}}.</p>
        <p>The leader of the council said the plan for {{topic}} would be reviewed again next spring, when the first results of the work are known to everyone.</p>
        </article>
        <footer>Copyright 2019 The Harwick Courier. All rights reserved.</footer>
        </body></html>
        """;
}
