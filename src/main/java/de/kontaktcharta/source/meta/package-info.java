/**
 * The format layer for messages in Facebook's and Instagram's "Download your information" export
 * (JSON) and in Messenger's separate download of end-to-end-encrypted chats: recognising the files,
 * reading threads with Jackson's streaming parser, repairing Meta's mojibake in names, and finding
 * the owner.
 *
 * <p>Layouts covered (from parsers of real exports: {@code stepva/chatalysis}, {@code
 * kenn-io/msgvault}, {@code skoelle/chat-archive}, a Messenger JSON schema write-up): {@code
 * messages/<section>/<thread>/message_N.json} (until 2023), {@code
 * your_activity_across_facebook/messages/...} (2024), {@code your_facebook_activity/messages/...}
 * (2024/2025), {@code your_instagram_activity/messages/...}; sections {@code inbox}, {@code
 * archived_threads}, {@code filtered_threads}, {@code message_requests}, {@code legacy_threads},
 * {@code e2ee_cutover}; threads with {@code thread_type} (until 2023) and without; messages with
 * {@code type} and without (2024+); the encrypted-chat download's camelCase files. HTML exports are
 * recognised and explained, not read.
 *
 * <p>This package depends on the JDK, Jackson's streaming parser and {@code model.SourceRef} only.
 */
package de.kontaktcharta.source.meta;
