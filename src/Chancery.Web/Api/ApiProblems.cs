namespace Chancery.Web.Api;

/// <summary>The problem details the API answers with when a request cannot be met.</summary>
internal static class ApiProblems
{
    /// <summary>The same answer for a record that does not exist and for one above the reader's clearance.</summary>
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} {(id is long ? "#" : "")}{id}.");

    /// <summary>A change the store refuses: it refers to a record the store does not hold, or breaks one of its rules.</summary>
    public static ValidationProblem Refused(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [message] }, title: "The change breaks a rule of the store");
}
