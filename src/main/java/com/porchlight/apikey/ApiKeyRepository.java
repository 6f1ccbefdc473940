package com.porchlight.apikey;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    /** The one key with this hash that has not been revoked. The hash column is unique and indexed. */
    @Query("select k from ApiKey k where k.keyHash = :hash and k.revokedAt is null")
    Optional<ApiKey> findActiveByHash(@Param("hash") String hash);

    boolean existsByKeyHash(String keyHash);

    java.util.List<ApiKey> findByLeadSourceIdOrderByCreatedAtDescIdDesc(long leadSourceId);

    /**
     * Records a use, at most once a minute per key: under a burst of requests only the first of each minute writes,
     * and concurrent requests do not queue behind each other's row lock for long.
     */
    @Modifying
    @Transactional
    @Query(value = """
            UPDATE api_key SET last_used_at = :now
             WHERE id = :id AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < :staleBefore)""",
            nativeQuery = true)
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);
}
