namespace Archive.Core.Synthetic;

/// <summary>A tag and the words its stories are written with.</summary>
/// <param name="Tag">The publisher's topic label.</param>
/// <param name="Things">What the stories are about ("tram line", "flood barrier").</param>
/// <param name="Problems">What goes wrong ("delays", "rising costs").</param>
/// <param name="Related">Tags that often go with this one.</param>
internal sealed record SyntheticTopic(string Tag, IReadOnlyList<string> Things, IReadOnlyList<string> Problems, IReadOnlyList<string> Related);
