namespace Chancery.Domain;

/// <summary>What a user may do: viewers read, editors also review, edit and ingest, admins also manage users.</summary>
public enum Role
{
    Viewer,
    Editor,
    Admin,
}
