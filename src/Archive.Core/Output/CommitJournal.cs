using System.Text;

namespace Archive.Core.Output;

/// <summary>
/// What an in-place commit will do, written in full before it starts: the destinations whose staged file moves
/// into the output folder and those deleted from it. Written under a temporary name and renamed, so a journal
/// that exists is whole; its last line, <c>end</c>, is checked all the same.
/// </summary>
internal sealed record CommitJournal(IReadOnlyList<string> Moved, IReadOnlyList<string> Deleted)
{
    private const string End = "end";

    public void Write(string path)
    {
        var text = new StringBuilder();
        foreach (var destination in Moved)
        {
            text.Append("move\t").Append(destination).Append('\n');
        }

        foreach (var destination in Deleted)
        {
            text.Append("delete\t").Append(destination).Append('\n');
        }

        text.Append(End).Append('\n');
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
            stream.Flush();
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The journal at <paramref name="path"/>; an incomplete one (not possible short of disk corruption) is an empty commit.</summary>
    public static CommitJournal Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[^1] != End)
        {
            return new CommitJournal([], []);
        }

        var moved = new List<string>();
        var deleted = new List<string>();
        foreach (var line in lines[..^1])
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (verb, destination) = (line[..tab], line[(tab + 1)..]);
            (verb == "move" ? moved : deleted).Add(destination);
        }

        return new CommitJournal(moved, deleted);
    }
}
