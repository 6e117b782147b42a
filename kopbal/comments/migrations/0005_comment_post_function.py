"""comments_comment_post(): the database half of a comment post in one call on PostgreSQL.

Who may post (a verified address, no active ban), whether the discussion is open, the
thread a reply joins, why a comment is held, the per-reader lock, the duplicate check, the
rate-limit budget and the insert: one round trip instead of eleven. Each statement of a
PL/pgSQL function takes a fresh snapshot (READ COMMITTED), so the duplicate check and the
budget see every post that committed while this one waited for the reader's lock. SQLite
keeps the Python path of kopbal.comments.services.post (it needs no lock at all).

Refusals come back as the codes the Python path raises; the reader's message is made in
Python (kopbal.comments.services.post), in one place for both databases.
"""

from django.conf import settings
from django.db import migrations

from kopbal.core.migration_operations import PostgresSQL

FUNCTION = """
CREATE OR REPLACE FUNCTION comments_comment_post(
    p_article_id bigint, p_user_id bigint, p_is_staff boolean, p_body text,
    p_parent_given boolean, p_parent_id bigint, p_ip_hash text, p_now timestamptz,
    p_reason_before text, p_hold_first integer, p_first_reason text, p_reason_after text,
    p_per_minute integer, p_per_hour integer
) RETURNS TABLE (
    comment_id bigint, status text, parent_id bigint, reason text, refusal text,
    wait double precision
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    v_parent_id bigint;
    v_parent_parent bigint;
    v_reason text := p_reason_before;
    v_status text;
    v_when timestamptz;
    v_wait double precision;
    v_id bigint;
BEGIN
    IF NOT p_is_staff AND NOT EXISTS (
        SELECT 1 FROM account_emailaddress WHERE user_id = p_user_id AND verified
    ) THEN
        RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
            'unverified'::text, NULL::double precision;
        RETURN;
    END IF;
    IF EXISTS (
        SELECT 1 FROM comments_ban WHERE user_id = p_user_id AND lifted_at IS NULL
        AND (expires_at IS NULL OR expires_at > p_now)
    ) THEN
        RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
            'banned'::text, NULL::double precision;
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM comments_closeddiscussion WHERE article_id = p_article_id) THEN
        RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
            'closed'::text, NULL::double precision;
        RETURN;
    END IF;
    IF p_parent_given THEN
        SELECT c.id, c.parent_id INTO v_parent_id, v_parent_parent FROM comments_comment c
        WHERE c.id = p_parent_id AND c.article_id = p_article_id AND c.status = 'visible';
        IF v_parent_id IS NULL THEN
            RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
                'bad_parent'::text, NULL::double precision;
            RETURN;
        END IF;
        -- One level of replies: a reply to a reply joins the same thread.
        v_parent_id := COALESCE(v_parent_parent, v_parent_id);
    END IF;
    IF v_reason = '' AND p_hold_first > 0 AND (
        SELECT count(*) FROM (
            SELECT 1 FROM comments_comment
            WHERE author_id = p_user_id AND comments_comment.status = 'visible'
            LIMIT p_hold_first
        ) AS approved
    ) < p_hold_first THEN
        v_reason := p_first_reason;
    END IF;
    IF v_reason = '' THEN
        v_reason := p_reason_after;
    END IF;

    -- One reader's posts one at a time, so two at once cannot both take the budget's
    -- last place. Held until the caller's transaction ends.
    PERFORM 1 FROM accounts_user WHERE id = p_user_id FOR UPDATE;
    IF EXISTS (
        SELECT 1 FROM comments_comment
        WHERE author_id = p_user_id AND article_id = p_article_id AND body = p_body
        AND created_at >= p_now - interval '24 hours'
    ) THEN
        RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
            'duplicate'::text, NULL::double precision;
        RETURN;
    END IF;
    -- The budget, counted from the reader's own rows (deleted ones too): for each window
    -- that is full, the wait until its oldest post leaves it.
    SELECT created_at INTO v_when FROM comments_comment
    WHERE author_id = p_user_id AND created_at > p_now - interval '60 seconds'
    ORDER BY created_at DESC OFFSET GREATEST(p_per_minute - 1, 0) LIMIT 1;
    IF FOUND THEN
        v_wait := 60 - extract(epoch FROM p_now - v_when);
    END IF;
    SELECT created_at INTO v_when FROM comments_comment
    WHERE author_id = p_user_id AND created_at > p_now - interval '3600 seconds'
    ORDER BY created_at DESC OFFSET GREATEST(p_per_hour - 1, 0) LIMIT 1;
    IF FOUND THEN
        v_wait := GREATEST(v_wait, 3600 - extract(epoch FROM p_now - v_when));
    END IF;
    IF v_wait IS NOT NULL THEN
        RETURN QUERY SELECT NULL::bigint, NULL::text, NULL::bigint, NULL::text,
            'rate_limited'::text, v_wait;
        RETURN;
    END IF;

    v_status := CASE WHEN v_reason = '' THEN 'visible' ELSE 'pending' END;
    INSERT INTO comments_comment (
        article_id, parent_id, author_id, body, status, moderation_reason, is_featured,
        like_count, report_count, ip_hash, created_at, edited_at
    ) VALUES (
        p_article_id, v_parent_id, p_user_id, p_body, v_status, v_reason, false,
        0, 0, p_ip_hash, p_now, NULL
    ) RETURNING id INTO v_id;
    RETURN QUERY SELECT v_id, v_status, v_parent_id, v_reason, NULL::text,
        NULL::double precision;
END
$$;
"""

DROP = (
    "DROP FUNCTION IF EXISTS comments_comment_post(bigint, bigint, boolean, text, boolean, "
    "bigint, text, timestamptz, text, integer, text, text, integer, integer)"
)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0004_dutch_verbose_names"),
        ("account", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [PostgresSQL(FUNCTION, DROP)]
