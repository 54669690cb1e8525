namespace Archive.Cli.Preview;

/// <summary>
/// Watches the input folder, the theme folder and the site file; each change sets a flag and a timestamp
/// the rebuild loop debounces on. Changes inside the output folder or the cache are ignored.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string[] _ignored;
    private readonly Action<string> _changed;

    public SiteWatcher(string input, string theme, string? siteFile, IEnumerable<string> ignored, Action<string> changed)
    {
        _ignored = ignored.Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToArray();
        _changed = changed;
        Watch(input, "*", subdirectories: true);
        Watch(theme, "*", subdirectories: true);
        if (siteFile is not null && Path.GetDirectoryName(Path.GetFullPath(siteFile)) is { } folder)
        {
            Watch(folder, Path.GetFileName(siteFile), subdirectories: false);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Watch(string directory, string filter, bool subdirectories)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        watcher.Error += (_, _) => _changed(directory);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // A rename names its new path; the old one is gone, and the rebuild must know it, wherever the new one is.
        if (e is RenamedEventArgs renamed)
        {
            Report(Path.GetFullPath(renamed.OldFullPath));
        }

        Report(Path.GetFullPath(e.FullPath));
    }

    private void Report(string path)
    {
        if (!_ignored.Any(i => path.StartsWith(i, StringComparison.Ordinal)))
        {
            _changed(path);
        }
    }
}
