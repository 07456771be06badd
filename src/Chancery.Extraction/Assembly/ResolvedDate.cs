namespace Chancery.Extraction.Assembly;

/// <summary>A date mention resolved to days: one day or a range.</summary>
internal readonly record struct ResolvedDate(DateOnly Start, DateOnly? End);
