/**
 * Which programmes, projects and agreements an item belongs to, as an editor corrects it: attach
 * by name, detach by a button. Each change bumps the item's version (a stale form is a conflict)
 * and is logged, in one transaction.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitmentEntities, entities } from '../db/schema';
import type { Actor } from './actor';
import { writeAudit } from './audit';
import { claimVersion, conflictFor, type WriteResult } from './items';
import { familyOf, updateChains } from '../track/chain-store';
// Refusals are worded in the request's language (actions run inside the Paraglide middleware).
import { m as msg } from '../../paraglide/messages';

export async function setItemEntity(
	db: Db,
	actor: Actor,
	input: { commitmentId: number; expectedVersion: number; entity: string; attach: boolean }
): Promise<WriteResult> {
	return db.transaction(async (tx) => {
		const name = input.entity.trim();
		const [entity] = await tx
			.select({ id: entities.id, slug: entities.slug, nameVi: entities.nameVi })
			.from(entities)
			.where(
				or(
					eq(entities.slug, name),
					sql`lower(${entities.nameVi}) = lower(${name})`,
					sql`lower(${entities.nameEn}) = lower(${name})`
				)
			)
			.limit(1);
		if (!entity)
			return { ok: false, reason: 'invalid', message: msg.srv_no_entity({ name }) } as const;
		const family = await familyOf(tx, input.commitmentId);
		const version = await claimVersion(tx, input.commitmentId, input.expectedVersion);
		if (version === null) return conflictFor(tx, input.commitmentId, input.expectedVersion);
		if (input.attach)
			await tx
				.insert(commitmentEntities)
				.values({ commitmentId: input.commitmentId, entityId: entity.id })
				.onConflictDoNothing();
		else
			await tx
				.delete(commitmentEntities)
				.where(
					and(
						eq(commitmentEntities.commitmentId, input.commitmentId),
						eq(commitmentEntities.entityId, entity.id)
					)
				);
		// A target's entities are its chain's scope: the item may leave one chain and join another.
		await updateChains(tx, [input.commitmentId], family ? [family] : []);
		await writeAudit(tx, {
			userId: actor.id,
			action: input.attach ? 'item.entity_attach' : 'item.entity_detach',
			entityType: 'commitment',
			entityId: input.commitmentId,
			before: { version: input.expectedVersion },
			after: { version, entities: [entity.nameVi] },
			publicNote: null
		});
		return { ok: true, version } as const;
	});
}
