using Microsoft.Playwright;

namespace Chancery.EndToEnd;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright: Playwright's own browser download does not work here, so the tests
/// use the system's, without a sandbox (tests run as root) and without the background traffic a closed network refuses.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the runs save a picture of every page, for people to look at (not committed).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Chancery.Testing.Repository.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (scripts/test does)");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
