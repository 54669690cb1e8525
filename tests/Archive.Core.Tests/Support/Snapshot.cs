using System.Runtime.CompilerServices;

namespace Archive.Core.Tests.Support;

/// <summary>
/// Snapshot assertions in Verify's layout, so that switching to Verify.Xunit later is small:
/// <c>Snapshots/Class.Method.verified.ext</c> beside the test; on mismatch a <c>.received.ext</c> is
/// written (git-ignored) and the test fails; set ACCEPT_SNAPSHOTS=1 to accept received output.
/// Newlines are normalised to \n.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string extension = "html", [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var name = $"{Path.GetFileNameWithoutExtension(testFile)}.{method}";
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, normalised);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No verified snapshot yet: review {received} and accept it (ACCEPT_SNAPSHOTS=1)."
            : $"Snapshot differs from {verified}; see {received}.");
    }
}
