#!/usr/bin/env python3
"""The benchmark's yardstick: the report's core job done the way an analyst would with pandas.

Reads the workload's LinkedIn connections, messages and invitations and the CRM list, joins them
per contact by profile URL (CRM by e-mail, else by name), counts the messages each way and the
conversations, looks for the wording of a meeting or a business interest in the message bodies
(HTML stripped), and writes a workbook with one row per connection and one per invitation.

Usage: pandas_report.py WORKLOAD_DIR OUT.xlsx

It is written for speed as a competent analyst would write it: vectorised string operations, one
explode and group-by for the message counts, merges instead of loops, openpyxl through pandas.
It does not do what the tool does beyond that (calendars, vCards, identity merging across
sources, the charter's reasons, the review columns), so it is a lower bound for a script.
"""
import glob
import os
import sys
import urllib.parse

import pandas as pd

MEETING = r"getroffen|kennengelernt|gespräch|meet|meeting|met you"
BUSINESS = r"angebot|budget|beauftragen|quote|pricing|work with you"


def profile_key(urls: pd.Series) -> pd.Series:
    """The profile slug, decoded and lower-cased; LinkedIn writes it encoded in one file only."""
    slug = urls.fillna("").str.extract(r"/in/([^/?#]+)", expand=False).fillna("")
    decoded = slug.map(urllib.parse.unquote) if slug.str.contains("%").any() else slug
    return decoded.str.lower()


def read_linkedin(folder: str, name: str, **options) -> pd.DataFrame:
    path = os.path.join(folder, name)
    return pd.read_csv(path, dtype=str, keep_default_na=False, **options)


def main(workload: str, out: str) -> None:
    archive = glob.glob(os.path.join(workload, "*LinkedInDataExport*"))[0]
    profile = read_linkedin(archive, "Profile.csv")
    owner = (profile["First Name"] + " " + profile["Last Name"]).iloc[0]

    # Connections.csv starts with a three-line note before its header
    connections = read_linkedin(archive, "Connections.csv", skiprows=3)
    connections["key"] = profile_key(connections["URL"])

    messages = read_linkedin(
        archive,
        "messages.csv",
        usecols=["CONVERSATION ID", "FROM", "SENDER PROFILE URL", "RECIPIENT PROFILE URLS",
                 "DATE", "CONTENT", "IS MESSAGE DRAFT"],
    )
    messages = messages[messages["IS MESSAGE DRAFT"] != "Yes"]
    mine = messages["FROM"] == owner
    text = messages["CONTENT"].str.replace(r"<[^>]+>", " ", regex=True).str.lower()
    messages = messages.assign(
        mine=mine,
        day=messages["DATE"].str.slice(0, 10),
        met=text.str.contains(MEETING, regex=True),
        business=text.str.contains(BUSINESS, regex=True),
    )
    # the other side of each message: the sender, or each recipient of the owner's messages
    theirs = messages[~mine].assign(key=profile_key(messages.loc[~mine, "SENDER PROFILE URL"]))
    sent = messages[mine].assign(key=messages.loc[mine, "RECIPIENT PROFILE URLS"].str.split(","))
    sent = sent.explode("key")
    sent["key"] = profile_key(sent["key"])
    both = pd.concat([theirs, sent], ignore_index=True)
    per_contact = both.groupby("key").agg(
        received=("mine", lambda s: int((~s).sum())),
        sent=("mine", "sum"),
        conversations=("CONVERSATION ID", "nunique"),
        last_message=("day", "max"),
        met=("met", "any"),
        business=("business", "any"),
    )

    crm = pd.read_csv(
        os.path.join(workload, "crm", "kunden.csv"),
        sep=";", encoding="cp1252", dtype=str, keep_default_na=False,
    )
    crm["email"] = crm["E-Mail"].str.lower()
    crm["name"] = (crm["Vorname"] + " " + crm["Nachname"]).str.lower()
    crm_columns = ["Beziehung", "Status", "Letzter Kontakt"]

    report = connections.merge(per_contact, left_on="key", right_index=True, how="left")
    report["email"] = report["Email Address"].str.lower()
    report["name"] = (report["First Name"] + " " + report["Last Name"]).str.lower()
    by_mail = crm[crm["email"] != ""].drop_duplicates("email")[["email"] + crm_columns]
    by_name = crm.drop_duplicates("name")[["name"] + crm_columns]
    report = report.merge(by_mail, on="email", how="left")
    report = report.merge(by_name, on="name", how="left", suffixes=("", " (Name)"))
    for column in crm_columns:
        report[column] = report[column].fillna(report[column + " (Name)"])
    for column in ["received", "sent", "conversations"]:
        report[column] = report[column].fillna(0).astype(int)
    report["exchange"] = (report["received"] > 0) & (report["sent"] > 0)
    report["reason"] = "none"
    report.loc[report["Beziehung"].notna(), "reason"] = "crm"
    report.loc[report["met"].fillna(False).astype(bool), "reason"] = "met"
    report.loc[report["exchange"], "reason"] = "exchange"

    invitations = read_linkedin(archive, "Invitations.csv")
    incoming = invitations["Direction"] == "INCOMING"
    invitations["key"] = profile_key(
        invitations["inviterProfileUrl"].where(incoming, invitations["inviteeProfileUrl"]))
    invitations = invitations.merge(per_contact, left_on="key", right_index=True, how="left")
    invitations["connected"] = invitations["key"].isin(connections["key"])
    invitations["recommendation"] = "decline"
    open_with_exchange = ~invitations["connected"] & (invitations["received"].fillna(0) > 0) \
        & (invitations["sent"].fillna(0) > 0)
    invitations.loc[open_with_exchange, "recommendation"] = "accept"

    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        report.drop(columns=["key", "email", "name"] + [c + " (Name)" for c in crm_columns]) \
            .to_excel(writer, sheet_name="Kontakte", index=False)
        invitations.drop(columns=["key"]).to_excel(writer, sheet_name="Einladungen", index=False)
    print(f"pandas: {len(report)} contacts, {len(invitations)} invitations, "
          f"{len(messages)} messages", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pandas_report.py WORKLOAD_DIR OUT.xlsx")
    main(sys.argv[1], sys.argv[2])
