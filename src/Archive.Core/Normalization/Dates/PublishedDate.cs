using Archive.Core.Model;

namespace Archive.Core.Normalization.Dates;

/// <summary>A publication day and how it was found.</summary>
public readonly record struct PublishedDate(DateOnly Day, DateConfidence Confidence);
