namespace Archive.Testing;

/// <summary>The Content-Type a test server gives a built file, by its extension.</summary>
internal static class MediaTypes
{
    public static string Of(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".json" => "application/json",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
