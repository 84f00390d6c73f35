/** Implementation of the migration runner; not API. */
package org.hexo.ci.migration.internal;
