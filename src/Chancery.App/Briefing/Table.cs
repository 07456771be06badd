namespace Chancery.App.Briefing;

/// <summary>A table: a header row and rows of cells.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
