using System.Net;
using System.Net.Sockets;

namespace Chancery.App.Fetching;

/// <summary>
/// Fetches documents over HTTP(S), politely and defensively: an honest User-Agent, a time limit, a size limit,
/// a limit on redirects (each one checked like the first), conditional requests that let a server answer
/// "nothing new", and no connection to a loopback or private address unless the options allow it. The check is
/// made on the address connected to, so a name that resolves to a private address is refused too.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions options;
    private readonly HttpClient client;

    public WebFetcher(FetchOptions options)
    {
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(FetchOptions.UserAgent);
    }

    public async Task<FetchResult> FetchAsync(Uri url, Validators? known = null, CancellationToken cancellationToken = default)
    {
        var current = url;
        for (var hop = 0; hop <= options.MaxRedirects; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
            {
                return new FetchResult.Failed(url, $"only http and https addresses are fetched, not {current.Scheme}");
            }
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                if (known?.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (known?.LastModified is { } modified)
                {
                    request.Headers.IfModifiedSince = modified;
                }
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if ((int)response.StatusCode is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
                {
                    if (response.Headers.Location is not { } next)
                    {
                        return new FetchResult.Failed(url, $"HTTP {(int)response.StatusCode} without a Location to go to");
                    }
                    current = next.IsAbsoluteUri ? next : new Uri(current, next);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult.NotModified(url);
                }
                if (!response.IsSuccessStatusCode)
                {
                    return new FetchResult.Failed(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }
                return await ReadAsync(url, response, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                return new FetchResult.Failed(url, e.InnerException is RefusedAddressException refused ? refused.Message : e.Message);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new FetchResult.Failed(url, $"no answer within {options.Timeout.TotalSeconds:0} s");
            }
        }
        return new FetchResult.Failed(url, $"more than {options.MaxRedirects} redirects");
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            return new FetchResult.Failed(url, $"larger than {options.MaxBytes / (1024 * 1024)} MB");
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                return new FetchResult.Failed(url, $"larger than {options.MaxBytes / (1024 * 1024)} MB");
            }
            buffer.Write(chunk, 0, read);
        }
        var validators = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        return new FetchResult.Fetched(url, buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, validators);
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => options.AllowPrivate || PublicAddress.Is(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new RefusedAddressException($"refused: {host} is a loopback or private address (allow it with --allow-private)");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => client.Dispose();

    private sealed class RefusedAddressException(string message) : IOException(message);
}
