using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Deploy.Tests.Support;

namespace Archive.Deploy.Tests;

/// <summary>netlify.toml as Netlify's own config loader reads it: the README's build command in Release, the publish folder, the .NET version.</summary>
[Collection(DeploySiteCollection.Name)]
public sealed partial class NetlifyConfigTests(DeploySite site)
{
    [SkippableFact]
    public async Task Build_command_is_the_readme_build_command_in_release()
    {
        var rules = await site.RulesAsync();
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var readmeCommand = ReadmeBuildCommand().Match(readme);
        Assert.True(readmeCommand.Success, "README.md has no 'dotnet run --project ... -- build' line");

        // The search index needs the pinned Pagefind installed first (tools/search).
        var expected = "npm ci --prefix tools/search --no-audit --no-fund && " + readmeCommand.Groups["run"].Value + " -c Release -- build";
        Assert.Equal(expected, rules.BuildCommand);
    }

    [SkippableFact]
    public async Task Publishes_the_output_folder_with_the_dotnet_version_of_global_json()
    {
        var rules = await site.RulesAsync();
        Assert.Equal(Repository.PathOf("netlify.toml"), rules.ConfigPath);

        // rules.mjs was pointed at the test's own build; netlify.toml's publish folder is read raw here.
        Assert.Matches(PublishLine(), File.ReadAllText(Repository.PathOf("netlify.toml")));

        using var globalJson = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("global.json")));
        var sdk = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
        var majorMinor = string.Join('.', sdk.Split('.').Take(2));
        Assert.Equal(majorMinor, rules.Environment["DOTNET_VERSION"]);
    }

    [SkippableFact]
    public async Task Every_header_and_redirect_rule_parses()
    {
        var rules = await site.RulesAsync();
        Assert.Empty(rules.HeaderErrors);
        Assert.Empty(rules.RedirectErrors);
        Assert.NotEmpty(rules.HeaderRules);
        Assert.NotEmpty(rules.RedirectRules);
    }

    /// <summary>Netlify Build itself loads netlify.toml and plans the build, offline (CI runs the real build with .ci/netlify-build).</summary>
    [SkippableFact]
    public async Task Netlify_build_plans_the_build_command_offline()
    {
        DeployTools.RequireNetlify();
        var (exitCode, output, error) = await DeployTools.RunNodeAsync(
            [DeployTools.NetlifyCli, "build", "--offline", "--dry"], Repository.Root);

        Assert.True(exitCode == 0, $"netlify build --offline --dry exited {exitCode}:\n{output}\n{error}");
        Assert.Contains(Repository.PathOf("netlify.toml"), output, StringComparison.Ordinal);
        Assert.Contains("build.command from netlify.toml", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<run>dotnet run --project \S+) -- build\b", RegexOptions.Multiline)]
    private static partial Regex ReadmeBuildCommand();

    [GeneratedRegex(@"^\s*publish\s*=\s*""output""\s*$", RegexOptions.Multiline)]
    private static partial Regex PublishLine();
}
