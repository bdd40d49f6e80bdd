-- set_item_status: the check-off write path in one round trip.
-- Sets an explicit status (never a blind toggle) and appends the activity record in
-- the same transaction. The row lock serializes concurrent writes to one (user, item):
-- the last write to commit wins, and every change that happened is logged exactly once.
-- Returns the previous status and whether anything changed (false = idempotent repeat).
CREATE OR REPLACE FUNCTION set_item_status(p_user UUID, p_item TEXT, p_status "ItemStatus")
RETURNS TABLE (previous "ItemStatus", changed BOOLEAN)
LANGUAGE plpgsql AS $$
DECLARE
  v_prev "ItemStatus";
BEGIN
  INSERT INTO "ItemProgress" ("userId", "itemId", "status", "createdAt", "updatedAt")
  VALUES (p_user, p_item, 'todo', now(), now())
  ON CONFLICT ("userId", "itemId") DO NOTHING;

  SELECT "status" INTO v_prev FROM "ItemProgress"
   WHERE "userId" = p_user AND "itemId" = p_item
   FOR UPDATE;

  IF v_prev = p_status THEN
    RETURN QUERY SELECT v_prev, FALSE;
    RETURN;
  END IF;

  UPDATE "ItemProgress" SET "status" = p_status, "updatedAt" = now()
   WHERE "userId" = p_user AND "itemId" = p_item;

  INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", "at")
  VALUES (p_user, p_item, v_prev, p_status, clock_timestamp());

  RETURN QUERY SELECT v_prev, TRUE;
END;
$$;
