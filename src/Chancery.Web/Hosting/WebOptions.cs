namespace Chancery.Web.Hosting;

/// <summary>Where the web application listens, and the clock it reads "today" from.</summary>
public sealed record WebOptions
{
    /// <summary>Loopback by default: serving a team is a choice made with <c>--urls</c>, behind a reverse proxy.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Urls { get; init; } = DefaultUrls;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How addresses editors give are fetched: only from the public internet, unless tests serve them locally.</summary>
    public Chancery.App.Fetching.FetchOptions Fetching { get; init; } = Chancery.App.Fetching.FetchOptions.Default;
}
