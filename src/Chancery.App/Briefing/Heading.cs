namespace Chancery.App.Briefing;

/// <summary>A heading of a level from 1 (the title) down.</summary>
public sealed record Heading(int Level, string Text) : Block;
