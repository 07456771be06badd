namespace Chancery.App;

/// <summary>How far a long load has come: <see cref="Done"/> of <see cref="Total"/> records.</summary>
public readonly record struct LoadProgress(string Stage, int Done, int Total);
