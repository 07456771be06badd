namespace Chancery.App.Briefing;

/// <summary>A paragraph of text.</summary>
public sealed record Paragraph(string Text) : Block;
