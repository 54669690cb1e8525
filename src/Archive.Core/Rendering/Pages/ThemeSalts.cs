using Archive.Core.Engine;
using Archive.Core.Inputs;

namespace Archive.Core.Rendering.Pages;

/// <summary>
/// What a page's signature takes from the theme: per layout, the hash of that layout and of everything any page
/// can reach (base, partials, assets, the settings' hash); and one hash of the whole theme, which tells a preview
/// whether the pages it kept in memory were rendered by the same theme.
/// </summary>
internal sealed class ThemeSalts(IReadOnlyDictionary<string, UInt128> layouts, UInt128 theme)
{
    public IReadOnlyDictionary<string, UInt128> Layouts => layouts;

    public UInt128 Theme => theme;

    /// <summary>The salts of the theme in <paramref name="themeFolder"/> under settings that hash to <paramref name="settings"/>.</summary>
    public static ThemeSalts Of(string themeFolder, UInt128 settings)
    {
        static byte[] Read(string path) => FileKind.IsRegularFile(path) ? File.ReadAllBytes(path) : [];
        static IEnumerable<string> Files(string directory, string pattern, bool recurse) =>
            FolderWalk.Files(directory, recurse).Where(f => pattern == "*" || f.EndsWith(pattern[1..], StringComparison.Ordinal));

        // Every page is rendered inside base and may call any partial or asset: those change every layout's salt.
        var shared = new ContentHash().Add(settings).Add(Read(Path.Combine(themeFolder, "layouts", "base.sbn")));
        foreach (var file in Files(Path.Combine(themeFolder, "partials"), "*.sbn", recurse: false)
                     .Concat(Files(Path.Combine(themeFolder, "assets"), "*", recurse: true)))
        {
            shared.Add(Path.GetRelativePath(themeFolder, file)).Add(Read(file));
        }

        var common = shared.Value;
        var all = new ContentHash().Add(common);
        var layouts = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var file in Files(Path.Combine(themeFolder, "layouts"), "*.sbn", recurse: false))
        {
            var salt = new ContentHash().Add(common).Add(Read(file)).Value;
            layouts[Path.GetFileNameWithoutExtension(file)] = salt;
            all.Add(salt);
        }

        return new ThemeSalts(layouts, all.Value);
    }
}
