namespace Chancery.App.Briefing;

/// <summary>An item of a bulleted list.</summary>
public sealed record Bullet(string Text) : Block;
