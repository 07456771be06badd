namespace Chancery.App;

/// <summary>What loading the demo dataset added; <see cref="AlreadyLoaded"/> when the store had it before.</summary>
public sealed record DemoLoadResult(bool AlreadyLoaded, int Engagements, int People, int Sources, int Plans);
