using System.Net;
using System.Text.RegularExpressions;

namespace Chancery.Web.Tests;

/// <summary>
/// What a browser keeps between requests (cookies) and does with forms (send back the anti-forgery token of the page the
/// form is on). Redirects are not followed, so that tests see them.
/// </summary>
public sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient client;

    public BrowserSession(Uri server) =>
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server };

    public void Dispose() => client.Dispose();

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => client.SendAsync(request);

    public async Task<string> GetStringAsync(string path) => await client.GetStringAsync(path);

    /// <summary>Opens the page and posts the form whose action is <paramref name="action"/>, with its anti-forgery token and the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await client.GetStringAsync(page);
        var form = Form(action).Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException($"{page} has no form posting to {action}");
        }
        var token = Token().Match(form.Value).Groups[1].Value;
        return await PostAsync(action, [("__RequestVerificationToken", WebUtility.HtmlDecode(token)), .. fields]);
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public async Task<string> TokenOfAsync(string page) => WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync(page)).Groups[1].Value);

    /// <summary>Posts a multipart form (files and fields) with the anti-forgery token of the page it is on.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string page, string action, (string Name, string Value)[] fields, params (string Field, string FileName, string Text)[] files)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await TokenOfAsync(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        foreach (var (field, fileName, text) in files)
        {
            form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), field, fileName);
        }
        return await client.PostAsync(action, form);
    }

    /// <summary>Posts a form as a forged request from elsewhere would: without the page's token.</summary>
    public Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public async Task<HttpResponseMessage> SignInAsync(string name, string password) =>
        await SubmitAsync("/login", "/login", ("name", name), ("password", password));

    private static Regex Form(string action) => new($"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>.*?</form>", RegexOptions.Singleline);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Token();
}
