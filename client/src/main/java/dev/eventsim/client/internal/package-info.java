/**
 * The client's machinery: one HTTP attempt ({@link dev.eventsim.client.internal.Transport}), the
 * retry loop ({@link dev.eventsim.client.internal.Caller}), error decoding and paging. Public only
 * so the operation groups in the feature packages can use it; not part of the client's API.
 */
package dev.eventsim.client.internal;
