using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chancery.Testing;

/// <summary>
/// An HTTP server on a free loopback port, for tests that fetch: it serves the pages it is given, answers a
/// request that carries the page's ETag with 304 Not Modified, and records every request it gets.
/// </summary>
public sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, Page> pages = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public LocalWebServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Root.AbsoluteUri);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    /// <summary>Every request, in order: its path, whether it asked conditionally, its status, its User-Agent.</summary>
    public ConcurrentQueue<(string Path, bool Conditional, int Status, string? UserAgent)> Requests { get; } = new();

    public Uri Serve(string path, string content, string contentType = "text/html; charset=utf-8", string? etag = null) =>
        Serve(path, Encoding.UTF8.GetBytes(content), contentType, etag);

    public Uri Serve(string path, byte[] content, string contentType, string? etag = null)
    {
        pages[path] = new Page(content, contentType, etag, null);
        return new Uri(Root, path);
    }

    /// <summary>Answers <paramref name="path"/> with a redirect to <paramref name="target"/>.</summary>
    public Uri Redirect(string path, string target)
    {
        pages[path] = new Page([], "", null, target);
        return new Uri(Root, path);
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            Answer(context);
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath.TrimStart('/');
        var asked = context.Request.Headers["If-None-Match"];
        var response = context.Response;
        pages.TryGetValue(path, out var page);
        response.StatusCode = page switch
        {
            null => 404,
            { RedirectTo: not null } => 302,
            { ETag: { } etag } when asked == etag => 304,
            _ => 200,
        };
        // Recorded before a byte goes out, so that a client that has its answer finds its request here.
        Requests.Enqueue((path, asked is not null, response.StatusCode, context.Request.UserAgent));
        if (response.StatusCode == 302)
        {
            response.RedirectLocation = new Uri(Root, page!.RedirectTo).AbsoluteUri;
        }
        else if (response.StatusCode == 200)
        {
            response.ContentType = page!.ContentType;
            if (page.ETag is { } tag)
            {
                response.Headers["ETag"] = tag;
            }
            response.ContentLength64 = page.Content.Length;
            try
            {
                response.OutputStream.Write(page.Content);
            }
            catch (HttpListenerException)
            {
                // The client stopped reading (a fetcher past its size limit hangs up): nothing more to send.
                response.Abort();
                return;
            }
        }
        response.Close();
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }

    private sealed record Page(byte[] Content, string ContentType, string? ETag, string? RedirectTo);
}
