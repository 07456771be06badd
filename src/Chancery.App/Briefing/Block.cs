namespace Chancery.App.Briefing;

/// <summary>A piece of a briefing as any format lays it out: a heading, a paragraph, a bulleted item or a table.</summary>
public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Paragraph(string Text) : Block;

public sealed record Bullet(string Text) : Block;

public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
