namespace Chancery.App.Briefing;

/// <summary>A piece of a briefing as any format lays it out: a heading, a paragraph, a bulleted item or a table.</summary>
public abstract record Block;
