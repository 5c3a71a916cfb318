/**
 * Attachments for any record of any module: files kept in PostgreSQL, their type detected from the content,
 * size and type limits, downloads checked against the access rules of the record they belong to. A module
 * whose records carry files implements {@link vn.tre.document.AttachmentOwners}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document", allowedDependencies = { "organisation", "shared", "platform" })
@org.jspecify.annotations.NullMarked
package vn.tre.document;
